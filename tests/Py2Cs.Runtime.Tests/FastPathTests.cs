using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>
/// The look-up caches behind globals and type attributes (docs/performance.md) must see every
/// change Python can make: the same reads repeated around each kind of change, with the values
/// Python's rules give (LOAD_GLOBAL: the module dict, then __builtin__; attributes: the MRO).
/// </summary>
public class FastPathTests
{
    static PyStr Name(string s) => PyStr.Intern(s);

    [Fact]
    public void GlobalReadsFollowRebindingDeletionAndGrowthOfTheModuleDict()
    {
        var globals = new PyDict();
        var x = Name("fast_path_x");
        globals.SetStr(x, PyInt.From(1));
        Assert.Equal(1, ((PyInt)Builtins.LoadGlobal(globals, x)).Value);
        globals.SetStr(x, PyInt.From(2));                       // rebinding: same slot
        Assert.Equal(2, ((PyInt)Builtins.LoadGlobal(globals, x)).Value);
        for (int i = 0; i < 100; i++)                           // growth: every slot moves
        {
            globals.SetStr("filler" + i, PyInt.From(i));
            Assert.Equal(2, ((PyInt)Builtins.LoadGlobal(globals, x)).Value);
        }
        Assert.True(globals.Remove(x));
        var error = Assert.Throws<PythonException>(() => Builtins.LoadGlobal(globals, x));
        Assert.Equal("NameError: global name 'fast_path_x' is not defined", Ops.ExceptionLine(error.Value));
        globals.SetStr(x, PyInt.From(3));
        Assert.Equal(3, ((PyInt)Builtins.LoadGlobal(globals, x)).Value);
        globals.Clear();
        Assert.Throws<PythonException>(() => Builtins.LoadName(globals, x));
    }

    [Fact]
    public void GlobalReadsFallBackToBuiltinsAndSeeShadowingAndBuiltinChanges()
    {
        var globals = new PyDict();
        var other = new PyDict();
        var name = Name("fast_path_builtin");
        var builtins = Builtins.Module.Dict;
        Assert.Throws<PythonException>(() => Builtins.LoadGlobal(globals, name));
        builtins.SetStr(name, PyStr.FromString("builtin"));
        try
        {
            Assert.Equal("builtin", Builtins.LoadGlobal(globals, name).ToString());
            builtins.SetStr(name, PyStr.FromString("replaced"));
            Assert.Equal("replaced", Builtins.LoadGlobal(globals, name).ToString());
            globals.SetStr(name, PyStr.FromString("global"));   // a module global shadows the builtin
            Assert.Equal("global", Builtins.LoadGlobal(globals, name).ToString());
            Assert.Equal("replaced", Builtins.LoadGlobal(other, name).ToString());   // another module does not see it
            Assert.Equal("global", Builtins.LoadGlobal(globals, name).ToString());
            globals.Remove(name);
            Assert.Equal("replaced", Builtins.LoadGlobal(globals, name).ToString());
        }
        finally
        {
            builtins.Remove(name);
        }
        Assert.Throws<PythonException>(() => Builtins.LoadGlobal(globals, name));
    }

    [Fact]
    public void TypeAttributeReadsFollowClassChanges()
    {
        var x = Name("fast_path_attr");
        var baseNs = new PyDict();
        baseNs.SetStr("__module__", PyStr.FromString("m"));
        baseNs.SetStr(x, PyInt.From(1));
        var baseClass = (PyType)PyType.MakeClass("Base", PyTuple.Create(PyType.ObjectType), baseNs);
        var subNs = new PyDict();
        subNs.SetStr("__module__", PyStr.FromString("m"));
        var subClass = (PyType)PyType.MakeClass("Sub", PyTuple.Create(baseClass), subNs);
        var a = subClass.Call();
        var b = baseClass.Call();
        Assert.Equal(1, ((PyInt)Ops.GetAttr(a, x)).Value);
        Assert.Equal(1, ((PyInt)Ops.GetAttr(b, x)).Value);
        Ops.SetAttr(subClass, x, PyInt.From(2));
        Assert.Equal(2, ((PyInt)Ops.GetAttr(a, x)).Value);
        Assert.Equal(1, ((PyInt)Ops.GetAttr(b, x)).Value);
        Ops.SetAttr(baseClass, x, PyInt.From(3));
        Assert.Equal(2, ((PyInt)Ops.GetAttr(a, x)).Value);
        Assert.Equal(3, ((PyInt)Ops.GetAttr(b, x)).Value);
        Ops.DelAttr(subClass, x);
        Assert.Equal(3, ((PyInt)Ops.GetAttr(a, x)).Value);
        Ops.SetAttr(a, x, PyInt.From(4));                       // the instance dict wins over a plain class attribute
        Assert.Equal(4, ((PyInt)Ops.GetAttr(a, x)).Value);
        Assert.Equal(3, ((PyInt)Ops.GetAttr(b, x)).Value);
    }

    [Fact]
    public void UnpackingAListCopiesItBecauseTheTargetsMayChangeIt()
    {
        var l = PyList.FromArray(new PyObject[] { PyInt.From(1), PyInt.From(2) });
        var copied = Ops.UnpackSequence(l, 2);
        l.SetItem(PyInt.From(0), PyInt.From(9));                // `l[0], l[1] = l` reads the values first
        Assert.Equal(1, ((PyInt)copied[0]).Value);
    }
}
