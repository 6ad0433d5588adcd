using System;
using System.Collections.Generic;
using S = Py2Cs.Syntax;

namespace Py2Cs.Runtime;

/// <summary>def, lambda, class and generators: interpreted bodies wrapped in the runtime's own
/// <see cref="PyFunction"/>, <see cref="PyType.MakeClass"/> and <see cref="PyGenerator"/>.</summary>
internal static partial class Interpreter
{
    static PyObject DefineFunction(S.FunctionDef fd, InterpreterFrame f)
    {
        var decorators = EvalAll(fd.DecoratorList, f);
        PyObject doc = fd.Body.Count > 0 && fd.Body[0] is S.ExprStmt { Value: S.StrLiteral s } ? Literal(s) : PyNone.None;
        var scope = CodeScope.ForFunction(fd.Args, fd.Body, null);
        PyObject fn = MakeFunction(fd.Name, fd.Args, scope, f, frame =>
        {
            var flow = ExecBlock(fd.Body, frame);
            return flow == Flow.Return ? frame.ReturnValue : PyNone.None;
        });
        ((PyFunction)fn).Doc = doc;
        for (int i = decorators.Length - 1; i >= 0; i--) fn = decorators[i].Call(fn);
        return fn;
    }

    static PyObject DefineLambda(S.Lambda l, InterpreterFrame f)
    {
        var scope = CodeScope.ForFunction(l.Args, null, l.Body);
        return MakeFunction("<lambda>", l.Args, scope, f, frame => Eval(l.Body, frame));
    }

    static PyFunction MakeFunction(string name, S.Arguments args, CodeScope scope, InterpreterFrame f, Func<InterpreterFrame, PyObject> body)
    {
        var defaults = EvalAll(args.Defaults, f);
        var parameterNames = new string[args.Args.Count];
        for (int i = 0; i < parameterNames.Length; i++)
            parameterNames[i] = args.Args[i] is S.Name n ? n.Id : "." + (i * 2);
        var sig = new FunctionSignature(name, parameterNames, args.Vararg, args.Kwarg);
        var closure = f.ClosureParent;
        var globals = f.Globals;
        PyObject Call(PyObject[] bound)
        {
            var frame = new InterpreterFrame
            {
                Globals = globals,
                Fast = new Dictionary<string, PyObject>(),
                Scope = scope,
                Enclosing = closure,
                Filename = f.Filename,
                Name = name,
                Future = f.Future,
                Source = f.Source,
            };
            int k = 0;
            foreach (var a in args.Args)
            {
                if (a is S.Name pn) frame.Fast[pn.Id] = bound[k];
                else Assign(a, bound[k], frame);
                k++;
            }
            if (args.Vararg != null) frame.Fast[args.Vararg] = bound[k++];
            if (args.Kwarg != null) frame.Fast[args.Kwarg] = bound[k];
            if (scope.IsGenerator) return MakeGenerator(name, frame, body);
            return RunFrame(frame, body);
        }
        return PyFunction.WithBoundArguments(sig, Call, defaults, globals);
    }

    /// <summary>A generator whose body runs on a <see cref="GeneratorWorker"/> thread; the
    /// <see cref="PyGenerator"/> around it forwards next/send/throw/close.</summary>
    internal static PyGenerator MakeGenerator(string name, InterpreterFrame frame, Func<InterpreterFrame, PyObject> body)
    {
        return new PyGenerator(name, async g =>
        {
            var owner = new GeneratorWorkerOwner(new GeneratorWorker(() => RunFrame(frame, body)));
            frame.Generator = owner.Worker;
            PyObject sent = PyNone.None;
            PythonException thrown = null;
            while (owner.Worker.Resume(sent, thrown, out var value))
            {
                try { sent = await g.Yield(value); thrown = null; }
                catch (PythonException e) { thrown = e; sent = null; }
            }
        });
    }

    static PyObject DefineClass(S.ClassDef cd, InterpreterFrame f)
    {
        var decorators = EvalAll(cd.DecoratorList, f);
        var bases = PyTuple.Create(EvalAll(cd.Bases, f));
        var ns = new PyDict();
        ns.SetStr("__module__", Builtins.LoadGlobal(f.Globals, PyStr.Intern("__name__")));
        if (cd.Body.Count > 0 && cd.Body[0] is S.ExprStmt { Value: S.StrLiteral doc })
            ns.SetStr("__doc__", Literal(doc));
        var frame = new InterpreterFrame
        {
            Globals = f.Globals,
            Namespace = ns,
            Scope = CodeScope.ForBlock(cd.Body),
            Enclosing = f.ClosureParent,
            Filename = f.Filename,
            Name = cd.Name,
            Future = f.Future,
            Source = f.Source,
        };
        RunFrame(frame, fr => { ExecBlock(cd.Body, fr); return PyNone.None; });
        PyObject cls = PyType.MakeClass(cd.Name, bases, ns, f.Globals.GetStr("__metaclass__"));
        for (int i = decorators.Length - 1; i >= 0; i--) cls = decorators[i].Call(cls);
        return cls;
    }
}
