using System;

namespace Py2Cs.Runtime;

/// <summary>
/// The entry points compiled code (and the interpreter itself) uses for code given as text:
/// the <c>exec</c> statement, and calls of the builtins that read the caller's scope (<c>globals()</c>,
/// <c>locals()</c>, <c>vars()</c>, <c>dir()</c>, <c>eval</c>, <c>execfile</c>, <c>input</c>). A native
/// function has no caller frame to look at, so the caller passes its globals dict and its locals
/// mapping (module code: the globals; class bodies: the class namespace; functions: a dict of
/// their locals, whose changes the caller copies back after an exec).
/// </summary>
public static class DynamicCode
{
    static PyObject[] _scopeBuiltins;

    static PyObject[] ScopeBuiltins => _scopeBuiltins ??= Array.ConvertAll(
        new[] { "globals", "locals", "vars", "dir", "eval", "execfile", "input" }, n => Builtins.Get(n));

    /// <summary>True for the builtins <see cref="CallWithScope"/> treats specially (the objects themselves,
    /// so a program that rebinds the name calls its own function).</summary>
    public static bool IsScopeBuiltin(PyObject f) => Array.IndexOf(ScopeBuiltins, f) >= 0;

    /// <summary>A call <c>name(args)</c> where name may be a scope-reading builtin.</summary>
    public static PyObject CallWithScope(PyObject func, PyObject[] args, PyStr[] kwNames, PyDict globals, PyObject locals)
    {
        int index = Array.IndexOf(ScopeBuiltins, func);
        if (index < 0 || (kwNames != null && kwNames.Length > 0)) return func.Call(args, kwNames);
        int n = args.Length;
        switch (index)
        {
            case 0:
                if (n != 0) throw Ops.TypeError($"globals() takes no arguments ({n} given)");
                return globals;
            case 1:
                if (n != 0) throw Ops.TypeError($"locals() takes no arguments ({n} given)");
                return locals;
            case 2:
            case 3:
                if (n != 0) return func.Call(args, null);
                if (index == 2) return locals;
                var keys = PyList.FromIterable(locals);
                keys.Sort();
                return keys;
            case 4:
                if (n < 1 || n > 3) throw Ops.TypeError(n < 1 ? $"eval expected at least 1 arguments, got {n}" : $"eval expected at most 3 arguments, got {n}");
                return Eval(args[0], n > 1 ? args[1] : null, n > 2 ? args[2] : null, globals, locals);
            case 5:
                if (n < 1 || n > 3) throw Ops.TypeError(n < 1 ? $"execfile expected at least 1 arguments, got {n}" : $"execfile expected at most 3 arguments, got {n}");
                ExecFile(args[0], n > 1 ? args[1] : null, n > 2 ? args[2] : null, globals, locals);
                return PyNone.None;
            default:
                if (n > 1) throw Ops.TypeError($"input expected at most 1 arguments, got {n}");
                return Eval(Builtins.Get("raw_input").Call(n == 1 ? args : Array.Empty<PyObject>(), null), null, null, globals, locals);
        }
    }

    /// <summary><c>eval(source[, globals[, locals]])</c>; nulls where not given.</summary>
    public static PyObject Eval(PyObject source, PyObject globals, PyObject locals, PyDict callerGlobals, PyObject callerLocals)
    {
        if (globals is PyNone) globals = null;
        if (locals is PyNone) locals = null;
        if (globals != null && globals is not PyDict)
            throw Ops.TypeError(locals == null ? "globals must be a dict" : "globals must be a real dict; try eval(expr, {}, mapping)");
        if (locals != null && !IsMapping(locals)) throw Ops.TypeError("locals must be a mapping");
        PyDict g;
        if (globals == null)
        {
            g = callerGlobals ?? throw Ops.SystemError("eval() needs the caller's globals");
            locals ??= callerLocals;
        }
        else
        {
            g = (PyDict)globals;
            locals ??= g;
        }
        PyCode code = source switch
        {
            PyCode c => c,
            PyStr or PyUnicode => SourceCompiler.Compile(SourceCompiler.SourceOf(source, "eval").TrimStart(' ', '\t'), "<string>", "eval"),
            _ => throw Ops.TypeError("eval() arg 1 must be a string or code object"),
        };
        return Run(code, g, locals);
    }

    /// <summary>The <c>exec</c> statement: <c>exec code</c> (globals and locals null: the caller's),
    /// <c>exec code in g</c>, <c>exec code in g, l</c>, and the tuple form <c>exec(code, g[, l])</c>.</summary>
    public static void Exec(PyObject code, PyObject globals, PyObject locals, PyDict callerGlobals, PyObject callerLocals)
    {
        if (globals == null && code is PyTuple t && (t.Count == 2 || t.Count == 3))
        {
            globals = t[1];
            locals = t.Count == 3 ? t[2] : null;
            code = t[0];
        }
        if (globals is PyNone) globals = null;
        if (locals is PyNone) locals = null;
        PyDict g;
        if (globals == null)
        {
            g = callerGlobals ?? throw Ops.SystemError("exec needs the caller's globals");
            locals ??= callerLocals ?? g;
        }
        else
        {
            g = globals as PyDict ?? throw Ops.TypeError("exec: arg 2 must be a dictionary or None");
            locals ??= g;
        }
        if (!IsMapping(locals)) throw Ops.TypeError("exec: arg 3 must be a mapping or None");
        PyCode compiled = code switch
        {
            PyCode c => c,
            PyStr or PyUnicode => SourceCompiler.Compile(SourceCompiler.SourceOf(code, "exec"), "<string>", "exec"),
            PyFile f => SourceCompiler.Compile(f.Read().ToString(), f.Name, "exec"),
            _ => throw Ops.TypeError("exec: arg 1 must be a string, file, or code object"),
        };
        Run(compiled, g, locals);
    }

    /// <summary><c>execfile(filename[, globals[, locals]])</c>.</summary>
    public static void ExecFile(PyObject filename, PyObject globals, PyObject locals, PyDict callerGlobals, PyObject callerLocals)
    {
        if (filename is not PyStr) throw Ops.TypeError($"execfile() argument 1 must be string, not {filename.TypeName}");
        if (globals is PyNone) globals = null;
        if (locals is PyNone) locals = null;
        if (globals != null && globals is not PyDict) throw Ops.TypeError($"execfile() argument 2 must be dict, not {globals.TypeName}");
        if (locals != null && !IsMapping(locals)) throw Ops.TypeError("locals must be a mapping");
        PyDict g;
        if (globals == null)
        {
            g = callerGlobals ?? throw Ops.SystemError("execfile() needs the caller's globals");
            locals ??= callerLocals;
        }
        else
        {
            g = (PyDict)globals;
            locals ??= g;
        }
        var file = PyFile.Open(filename, "r", -1);
        string text;
        try { text = file.Read().ToString(); }
        finally { file.Close(); }
        Run(SourceCompiler.Compile(text, Ops.StrValue(filename), "exec"), g, locals);
    }

    static PyObject Run(PyCode code, PyDict globals, PyObject locals)
    {
        if (code.Module == null) throw Ops.TypeError("this code object has no code to run");
        if (globals.GetStr("__builtins__") == null) globals.SetStr("__builtins__", Builtins.Module.Dict);
        return Interpreter.Run(code, globals, locals);
    }

    static bool IsMapping(PyObject o) => o is PyDict || Ops.GetAttrOrNull(o, "__getitem__") != null;
}
