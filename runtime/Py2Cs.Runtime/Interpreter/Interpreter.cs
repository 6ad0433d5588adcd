using System;
using System.Runtime.ExceptionServices;
using S = Py2Cs.Syntax;

namespace Py2Cs.Runtime;

/// <summary>
/// Runs code given as text at run time (<c>exec</c>, <c>eval</c>, <c>execfile</c>, <c>compile</c>,
/// <c>input</c>) by walking the front end's syntax tree. Every operation goes through the same runtime
/// entry points the lowered C# calls (<see cref="Ops"/>, <see cref="Builtins"/>, <see cref="PyFunction"/>,
/// <see cref="PyType.MakeClass"/>, <see cref="Importer"/>), so interpreted and compiled code share one
/// definition of Python's semantics and mix freely (a function defined by exec is an ordinary PyFunction).
/// This file: entry points and statements; expressions and definitions are in the other parts.
/// </summary>
internal static partial class Interpreter
{
    enum Flow { Normal, Break, Continue, Return }

    /// <summary>Runs a compiled code object with the given globals and locals mapping; the value of an
    /// "eval" code, None otherwise.</summary>
    public static PyObject Run(PyCode code, PyDict globals, PyObject locals)
    {
        var module = code.Module;
        var frame = new InterpreterFrame
        {
            Globals = globals,
            Namespace = locals ?? globals,
            Scope = CodeScope.ForBlock(module.Body),
            Filename = code.Filename,
            Name = code.Name,
            Future = module.FutureFlags,
            Source = code.Source,
            Interactive = code.Mode == "single",
        };
        if (code.Mode == "eval")
            return RunFrame(frame, f => Eval(((S.ExprStmt)module.Body[0]).Value, f));
        RunFrame(frame, f => { ExecModuleBody(module.Body, f); return PyNone.None; });
        return PyNone.None;
    }

    static void ExecModuleBody(System.Collections.Generic.IReadOnlyList<S.Stmt> body, InterpreterFrame f)
    {
        if (body.Count > 0 && body[0] is S.ExprStmt { Value: S.StrLiteral doc })
            StoreName(f, "__doc__", Literal(doc));
        ExecBlock(body, f);
    }

    /// <summary>Every interpreted code block runs through here, so a traceback can show its
    /// <c>File "&lt;string&gt;", line N, in name</c> line (see <see cref="InterpretedFrames"/>).</summary>
    [InterpretedFrame]
    static PyObject RunFrame(InterpreterFrame frame, Func<InterpreterFrame, PyObject> body)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        try { return body(frame); }
        catch (Exception e) when (InterpretedFrames.Record(e, frame)) { throw; }
    }

    static Flow ExecBlock(System.Collections.Generic.IReadOnlyList<S.Stmt> body, InterpreterFrame f)
    {
        for (int i = 0; i < body.Count; i++)
        {
            var flow = Exec(body[i], f);
            if (flow != Flow.Normal) return flow;
        }
        return Flow.Normal;
    }

    static Flow Exec(S.Stmt stmt, InterpreterFrame f)
    {
        f.Current = stmt;
        switch (stmt)
        {
            case S.ExprStmt e:
            {
                var v = Eval(e.Value, f);
                if (f.Interactive && v is not PyNone)
                    Ops.Call(SysModule.Module.Dict.GetStr("displayhook") ?? throw Ops.RuntimeError("lost sys.displayhook"), v);
                return Flow.Normal;
            }
            case S.Assign a:
            {
                var v = Eval(a.Value, f);
                foreach (var t in a.Targets) Assign(t, v, f);
                return Flow.Normal;
            }
            case S.AugAssign aug: AugAssign(aug, f); return Flow.Normal;
            case S.Print p: Print(p, f); return Flow.Normal;
            case S.Pass: return Flow.Normal;
            case S.Break: return Flow.Break;
            case S.Continue: return Flow.Continue;
            case S.Return r:
                f.ReturnValue = r.Value == null ? PyNone.None : Eval(r.Value, f);
                return Flow.Return;
            case S.If i:
                return Ops.IsTrue(Eval(i.Test, f)) ? ExecBlock(i.Body, f) : ExecBlock(i.Orelse, f);
            case S.While w: return While(w, f);
            case S.For fr: return For(fr, f);
            case S.TryExcept te: return TryExcept(te, f);
            case S.TryFinally tf: return TryFinally(tf, f);
            case S.With w: return With(w, f);
            case S.Raise r: throw Raise(r, f);
            case S.AssertStmt a:
                if (!Ops.IsTrue(Eval(a.Test, f))) throw Ops.AssertionFailed(a.Msg == null ? null : Eval(a.Msg, f));
                return Flow.Normal;
            case S.Delete d:
                foreach (var t in d.Targets) Delete(t, f);
                return Flow.Normal;
            case S.Global: return Flow.Normal;
            case S.Import im: Import(im, f); return Flow.Normal;
            case S.ImportFrom imf: ImportFrom(imf, f); return Flow.Normal;
            case S.FunctionDef fd: StoreName(f, fd.Name, DefineFunction(fd, f)); return Flow.Normal;
            case S.ClassDef cd: StoreName(f, cd.Name, DefineClass(cd, f)); return Flow.Normal;
            case S.Exec ex: ExecStatement(ex, f); return Flow.Normal;
            default: throw Ops.SystemError("the interpreter cannot run " + stmt.GetType().Name);
        }
    }

    static Flow While(S.While w, InterpreterFrame f)
    {
        while (Ops.IsTrue(Eval(w.Test, f)))
        {
            var flow = ExecBlock(w.Body, f);
            if (flow == Flow.Break) return Flow.Normal;
            if (flow == Flow.Return) return flow;
        }
        return ExecBlock(w.Orelse, f);
    }

    static Flow For(S.For fr, InterpreterFrame f)
    {
        var it = Ops.Iter(Eval(fr.Iter, f));
        for (var x = it.Next(); x != null; x = it.Next())
        {
            Assign(fr.Target, x, f);
            var flow = ExecBlock(fr.Body, f);
            if (flow == Flow.Break) return Flow.Normal;
            if (flow == Flow.Return) return flow;
        }
        return ExecBlock(fr.Orelse, f);
    }

    static Flow TryExcept(S.TryExcept te, InterpreterFrame f)
    {
        Flow flow;
        try { flow = ExecBlock(te.Body, f); }
        catch (Exception ex) when (ex is not GeneratorAbandoned)
        {
            var pe = Ops.ToPython(ex);
            Ops.SetExcInfo(pe);
            foreach (var h in te.Handlers)
            {
                f.Current = h;
                if (h.Type != null && !pe.Matches(Eval(h.Type, f))) continue;
                if (h.Name != null) Assign(h.Name, pe.Value, f);
                return ExecBlock(h.Body, f);
            }
            throw;
        }
        return flow == Flow.Normal ? ExecBlock(te.Orelse, f) : flow;
    }

    static Flow TryFinally(S.TryFinally tf, InterpreterFrame f)
    {
        Flow flow = Flow.Normal;
        Exception pending = null;
        PyObject returnValue = null;
        try { flow = ExecBlock(tf.Body, f); returnValue = f.ReturnValue; }
        catch (Exception ex) when (ex is not GeneratorAbandoned) { pending = ex; }
        var finalFlow = ExecBlock(tf.Finalbody, f);
        // return/break/continue in the finally block wins over the pending exception or return.
        if (finalFlow != Flow.Normal) return finalFlow;
        if (pending != null) ExceptionDispatchInfo.Capture(pending).Throw();
        f.ReturnValue = returnValue;
        return flow;
    }

    static Flow With(S.With w, InterpreterFrame f)
    {
        var manager = Eval(w.ContextExpr, f);
        var value = Ops.EnterContext(manager, out var exit);
        Flow flow;
        try
        {
            if (w.OptionalVars != null) Assign(w.OptionalVars, value, f);
            flow = ExecBlock(w.Body, f);
        }
        catch (Exception ex) when (ex is not GeneratorAbandoned)
        {
            var pe = Ops.ToPython(ex);
            Ops.SetExcInfo(pe);
            if (!Ops.ExitContext(exit, pe)) throw;
            return Flow.Normal;
        }
        Ops.ExitContext(exit, null);
        return flow;
    }

    static Exception Raise(S.Raise r, InterpreterFrame f)
    {
        if (r.Type == null) return Ops.Reraise();
        var type = Eval(r.Type, f);
        var inst = r.Inst == null ? null : Eval(r.Inst, f);
        var tb = r.Tback == null ? null : Eval(r.Tback, f);
        return Ops.MakeRaise(type, inst ?? (tb != null ? PyNone.None : null), tb);
    }

    static void Print(S.Print p, InterpreterFrame f)
    {
        var dest = p.Dest == null ? null : Eval(p.Dest, f);
        foreach (var v in p.Values) Builtins.PrintItem(dest, Eval(v, f));
        if (p.Nl) Builtins.PrintNewline(dest);
    }

    static void Import(S.Import im, InterpreterFrame f)
    {
        foreach (var a in im.Names)
        {
            if (a.Asname != null) StoreName(f, a.Asname, Importer.ImportModule(a.Name));
            else StoreName(f, a.Name.Split('.')[0], Importer.Import(a.Name));
        }
    }

    static void ImportFrom(S.ImportFrom imf, InterpreterFrame f)
    {
        // __future__ features were applied by the parser.
        if (imf.Module == "__future__" && imf.Level == 0) return;
        string name = imf.Level > 0 ? Importer.ResolveRelative(imf.Module ?? "", imf.Level, f.Globals) : imf.Module;
        var module = Importer.ImportModule(name);
        foreach (var a in imf.Names)
        {
            if (a.Name == "*")
            {
                if (f.IsFunction) throw Ops.Error(PyExceptionTypes.SyntaxError, "import * only allowed at module level");
                Importer.ImportStar(module, f.Namespace as PyDict ?? f.Globals);
            }
            else StoreName(f, a.Asname ?? a.Name, Importer.ImportFrom(module, a.Name));
        }
    }

    /// <summary>A nested <c>exec</c> statement: without <c>in</c> it runs in this frame's globals and
    /// locals; in a function, names it binds are copied back into the function's locals afterwards (as
    /// CPython's PyFrame_LocalsToFast).</summary>
    static void ExecStatement(S.Exec ex, InterpreterFrame f)
    {
        var body = Eval(ex.Body, f);
        var g = ex.Globals == null ? null : Eval(ex.Globals, f);
        var l = ex.Locals == null ? null : Eval(ex.Locals, f);
        if (g != null || (body is PyTuple t && (t.Count == 2 || t.Count == 3)))
        {
            DynamicCode.Exec(body, g, l, f.Globals, f.Globals);
            return;
        }
        if (!f.IsFunction)
        {
            DynamicCode.Exec(body, null, null, f.Globals, f.Namespace);
            return;
        }
        var locals = LocalsDict(f);
        DynamicCode.Exec(body, null, null, f.Globals, locals);
        foreach (var kv in locals.Items())
            if (kv.Key is PyStr name) f.Fast[name.ToString()] = kv.Value;
    }
}

/// <summary>Thrown into an abandoned generator's thread to unwind it; never seen by Python code.</summary>
internal sealed class GeneratorAbandoned : Exception { }
