using System;
using Py2Cs.Runtime;
using Xunit;
using static Py2Cs.Runtime.Tests.Support.PythonDefinitions;

namespace Py2Cs.Runtime.Tests;

/// <summary>Runtime support for statements: with, metaclasses, recursion limit, SystemExit; expected
/// values printed by python2.7.</summary>
public class StatementSupportTests
{
    /// <summary>The pattern documented in Ops.Context.cs.</summary>
    static void With(PyObject manager, Action<PyObject> body)
    {
        var value = Ops.EnterContext(manager, out var exit);
        PythonException pending = null;
        try { body(value); }
        catch (PythonException e) { pending = e; Ops.SetExcInfo(e); if (!Ops.ExitContext(exit, e)) throw; }
        finally { if (pending == null) Ops.ExitContext(exit, null); }
    }

    [Fact]
    public void WithStatementProtocol()
    {
        var log = new PyList();
        var cm = Class("CM", new[] { PyType.ObjectType },
            ("__init__", Def("__init__", (self, s) => { Ops.SetAttr(self, "swallow", s); return PyNone.None; }, p1: "swallow")),
            ("__enter__", Def("__enter__", self => { log.Append(S("enter")); return S("value"); })),
            ("__exit__", PyFunction.WithBoundArguments(new FunctionSignature("__exit__", new[] { "self", "t", "v", "tb" }), a =>
            {
                log.Append(PyTuple.Create(a[1] is PyNone ? a[1] : Attr(a[1], "__name__"), a[2] is PyNone ? a[2] : Ops.Str(a[2])));
                return Attr(a[0], "swallow");
            })));
        With(Ops.Call(cm, PyBool.True), x => { log.Append(x); throw Ops.MakeRaise(PyExceptionTypes.ValueError, S("boom")); });
        With(Ops.Call(cm, PyBool.False), x => { });
        try { With(Ops.Call(cm, PyBool.False), x => throw Ops.MakeRaise(PyExceptionTypes.KeyError, S("k"))); }
        catch (PythonException e) when (e.Matches(PyExceptionTypes.KeyError)) { log.Append(S("propagated")); }
        Assert.Equal("['enter', 'value', ('ValueError', 'boom'), 'enter', (None, None), 'enter', ('KeyError', \"'k'\"), 'propagated']", Repr(log));
        var err = Assert.Throws<PythonException>(() => With(Ops.Call(PyType.ObjectType), x => { }));
        Assert.Equal("AttributeError: __exit__", Ops.ExceptionLine(err.Value));
    }

    [Fact]
    public void MetaclassNewAndCall()
    {
        PyObject meta = null;
        var calls = 0;
        meta = Class("Meta", new[] { (PyObject)PyType.TypeType },
            ("__new__", PyFunction.WithBoundArguments(new FunctionSignature("__new__", new[] { "mcs", "name", "bases", "d" }), a =>
            {
                Ops.SetItem(a[3], S("tag"), S(Ops.StrValue(a[1]).ToLowerInvariant()));
                return Ops.CallMethod(PyType.TypeType, "__new__", a[0], a[1], a[2], a[3]);
            })),
            ("__call__", PyFunction.WithBoundArguments(new FunctionSignature("__call__", new[] { "cls" }, "a"), a =>
            {
                calls++;
                return Ops.CallEx(Attr(Ops.Call(PySuper.TypeObject, meta, a[0]), "__call__"), Array.Empty<PyObject>(), null, a[1], null);
            })));
        var dict = new PyDict();
        dict.SetStr("__module__", S("__main__"));
        dict.SetStr("__metaclass__", meta);
        dict.SetStr("__init__", Def("__init__", (self, v) => { Ops.SetAttr(self, "v", v); return PyNone.None; }, p1: "v"));
        var a = PyType.MakeClass("A", PyTuple.Create(PyType.ObjectType), dict);
        var inst = Ops.Call(a, I(3));
        Assert.Equal("a 3 1 Meta True", $"{Str(Attr(a, "tag"))} {Str(Attr(inst, "v"))} {calls} {Str(Attr(Ops.TypeOf(a), "__name__"))} {Ops.IsInstance(a, meta)}");
    }

    [Fact]
    public void RunawayRecursionIsARuntimeError()
    {
        PyFunction depth = null;
        depth = new PyFunction(new FunctionSignature("depth", new[] { "n" }), n => depth.Call(Ops.Add(n, I(1))));
        var e = Assert.Throws<PythonException>(() => depth.Call(I(0)));
        Assert.Equal("RuntimeError: maximum recursion depth exceeded", Ops.ExceptionLine(e.Value));
        // The guard unwinds: ordinary calls work afterwards.
        Assert.Equal("1", Repr(new PyFunction(new FunctionSignature("one", Array.Empty<string>()), () => I(1)).Call()));
    }

    [Fact]
    public void SystemExitStatus()
    {
        Assert.Equal(0, PythonRuntime.HandleUncaught(Ops.MakeRaise(PyExceptionTypes.SystemExit)));
        Assert.Equal(0, PythonRuntime.HandleUncaught(Ops.MakeRaise(PyExceptionTypes.SystemExit, PyNone.None)));
        Assert.Equal(5, PythonRuntime.HandleUncaught(Ops.MakeRaise(PyExceptionTypes.SystemExit, I(5))));
        var e = Ops.MakeRaise(PyExceptionTypes.SystemExit, S("error: missing"));
        Assert.Equal("'error: missing' ('error: missing',)", $"{Repr(Attr(e.Value, "code"))} {Repr(Attr(e.Value, "args"))}");
        Assert.Equal("[1, 2]", Repr(Attr(SysModule.Exit(PyList.Create(I(1), I(2))).Value, "code")));
        Assert.False(Ops.IsSubclass(PyExceptionTypes.SystemExit, PyExceptionTypes.Exception));
    }

    [Fact]
    public void SysVersionInfoIsAStructSequence()
    {
        var vi = Attr(SysModule.Module, "version_info");
        Assert.True(Ops.GreaterEqual(vi, PyTuple.Create(I(2), I(7))));
        Assert.Equal("2 sys.version_info(major=2, minor=7, micro=18, releaselevel='final', serial=0)", $"{Repr(Attr(vi, "major"))} {Repr(vi)}");
        var err = Assert.Throws<PythonException>(() => Ops.SetAttr(vi, "major", I(3)));
        Assert.Equal("TypeError: readonly attribute", Ops.ExceptionLine(err.Value));
        var fi = Attr(SysModule.Module, "float_info");
        Assert.Equal("1.79769313486e+308 2.22044604925e-16 15", $"{Str(Attr(fi, "max"))} {Str(Attr(fi, "epsilon"))} {Str(Attr(fi, "dig"))}");
    }
}
