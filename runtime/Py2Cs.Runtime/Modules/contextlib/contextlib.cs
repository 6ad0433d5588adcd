using System;

namespace Py2Cs.Runtime.Modules;

/// <summary>The <c>contextlib</c> module: contextmanager, closing, nested.</summary>
[PythonModule("contextlib")]
public static class contextlib
{
    /// <summary>@contextmanager: the decorated generator function returns a GeneratorContextManager.</summary>
    public static PyObject contextmanager(PyObject func)
    {
        string name = Ops.GetAttrOrNull(func, "__name__") is PyStr n ? n.ToString() : "helper";
        var helper = PyFunction.WithBoundArguments(new FunctionSignature(name, Array.Empty<string>(), "args", "kwds"), a =>
            new GeneratorContextManager(Ops.CallEx(func, Array.Empty<PyObject>(), null, a[0], a[1])));
        helper.Doc = Ops.GetAttrOrNull(func, "__doc__") ?? PyNone.None;
        return helper;
    }

    public static PyObject closing(PyObject thing) => new ClosingContext(thing);

    public static PyObject nested(params PyObject[] managers) => new NestedContext(managers);
}

/// <summary>contextlib.GeneratorContextManager: runs the generator to its yield on enter, and resumes
/// (or throws the exception into) it on exit, with CPython 2.7's RuntimeErrors.</summary>
public sealed class GeneratorContextManager : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("GeneratorContextManager", () => PyType.ObjectType, t =>
    {
        t.Define("__module__", PyStr.FromString("contextlib"));
        t.DefMethod("__enter__", s => ((GeneratorContextManager)s).Enter());
        t.DefMethod("__exit__", 3, new[] { "type", "value", "traceback" }, (s, a) => PyBool.From(((GeneratorContextManager)s).Exit(a[0], a[1], a[2])));
    });

    readonly PyObject _gen;
    public GeneratorContextManager(PyObject gen) { _gen = gen; }
    public override PyType Type => TypeObject;

    PyObject Enter() => _gen.Next() ?? throw Ops.RuntimeError("generator didn't yield");

    bool Exit(PyObject type, PyObject value, PyObject traceback)
    {
        if (type is PyNone)
        {
            if (_gen.Next() != null) throw Ops.RuntimeError("generator didn't stop");
            return false;
        }
        if (value is PyNone) value = Ops.Call(type);
        try
        {
            var thrown = Ops.MakeRaise(type, value, traceback);
            var r = _gen is PyGenerator g ? g.Throw(thrown) : Ops.CallMethod(_gen, "throw", type, value, traceback);
            throw Ops.RuntimeError("generator didn't stop after throw()");
        }
        catch (PythonException e) when (e.Is(PyExceptionTypes.StopIteration))
        {
            return !ReferenceEquals(e.Value, value);
        }
        catch (PythonException e) when (ReferenceEquals(e.Value, value))
        {
            return false;
        }
    }
}

/// <summary>contextlib.closing(thing): calls thing.close() on exit.</summary>
public sealed class ClosingContext : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("closing", () => PyType.ObjectType, t =>
    {
        t.Define("__module__", PyStr.FromString("contextlib"));
        t.DefMethod("__enter__", s => ((ClosingContext)s)._thing);
        t.DefVarMethod("__exit__", (s, a) => { Ops.CallMethod(((ClosingContext)s)._thing, "close"); return PyNone.None; });
    });

    readonly PyObject _thing;
    public ClosingContext(PyObject thing) { _thing = thing; }
    public override PyType Type => TypeObject;
}

/// <summary>contextlib.nested(*managers): enters each in order, exits in reverse passing the exception on.</summary>
public sealed class NestedContext : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("nested", () => PyType.ObjectType, t =>
    {
        t.Define("__module__", PyStr.FromString("contextlib"));
        t.DefMethod("__enter__", s => ((NestedContext)s).Enter());
        t.DefMethod("__exit__", 3, new[] { "type", "value", "traceback" }, (s, a) => PyBool.From(((NestedContext)s).Exit(a[0], a[1], a[2])));
    });

    readonly PyObject[] _managers;
    readonly System.Collections.Generic.List<PyObject> _exits = new();
    public NestedContext(PyObject[] managers) { _managers = managers; }
    public override PyType Type => TypeObject;

    PyObject Enter()
    {
        var values = new PyObject[_managers.Length];
        for (int i = 0; i < _managers.Length; i++)
        {
            values[i] = Ops.EnterContext(_managers[i], out var exit);
            _exits.Add(exit);
        }
        return PyTuple.Create(values);
    }

    bool Exit(PyObject type, PyObject value, PyObject traceback)
    {
        PythonException pending = type is PyNone ? null : Ops.MakeRaise(type, value, traceback);
        for (int i = _exits.Count - 1; i >= 0; i--)
        {
            try
            {
                if (Ops.ExitContext(_exits[i], pending)) pending = null;
            }
            catch (PythonException e) { pending = e; }
        }
        _exits.Clear();
        if (pending != null && !(type is not PyNone && ReferenceEquals(pending.Value, value))) throw pending;
        return type is not PyNone && pending == null;
    }
}
