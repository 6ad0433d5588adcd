using System;
using Py2Cs.Runtime;
using Xunit;
using static Py2Cs.Runtime.Tests.Support.PythonDefinitions;

namespace Py2Cs.Runtime.Tests;

/// <summary>Builtin functions; expected text from tests/conformance/lang/builtins_functional.stdout (CPython 2.7.18).</summary>
public class BuiltinFunctionTests
{
    static PyObject B(string name) => Builtins.Get(name);
    static PyList L(params long[] v) => PyList.Create(Array.ConvertAll(v, x => (PyObject)I(x)));
    static readonly PyList Nums = L(5, 3, 8, 1, 9, 2);
    static PyObject Lambda(Func<PyObject, PyObject> f) => Def("<lambda>", f, "a");
    static PyObject Lambda2(Func<PyObject, PyObject, PyObject> f) => Def("<lambda>", f, "a", "b");
    static PyObject Kw(PyObject f, PyObject[] args, params string[] names) => Ops.Call(f, args, Array.ConvertAll(names, PyStr.Intern));

    [Fact]
    public void ZipMapFilter()
    {
        Assert.Equal("[('a', 1), ('b', 2), ('c', 3)] [('a', 'x'), ('b', 'y')] [] [(1, 2, 3)]",
            $"{Repr(B("zip").Call(S("abc"), L(1, 2, 3)))} {Repr(B("zip").Call(S("abcd"), S("xy")))} {Repr(B("zip").Call())} {Repr(B("zip").Call(L(1), L(2), L(3)))}");
        Assert.Equal("['5', '3', '8', '1', '9', '2'] [11, 22]",
            $"{Repr(B("map").Call(PyStr.TypeObject, Nums))} {Repr(B("map").Call(Lambda2((a, b) => Ops.Add(a, b)), L(1, 2), L(10, 20)))}");
        Assert.Equal("[(1, 'a'), (2, 'b'), (3, None)] [7, 8]",
            $"{Repr(B("map").Call(PyNone.None, L(1, 2, 3), S("ab")))} {Repr(B("map").Call(PyNone.None, L(7, 8)))}");
        var mixed = PyList.Create(I(0), I(1), S(""), S("x"), PyNone.None, PyList.Create(), L(0));
        Assert.Equal("[5, 8, 9] [1, 'x', [0]]",
            $"{Repr(B("filter").Call(Lambda(n => Ops.CompareObject(n, I(4), CompareOperator.Greater)), Nums))} {Repr(B("filter").Call(PyNone.None, mixed))}");
        Assert.Equal("(1, 3, 5)", Repr(B("filter").Call(Lambda(n => Ops.Modulo(n, I(2))), PyTuple.Create(I(1), I(2), I(3), I(4), I(5)))));
    }

    [Fact]
    public void ReduceAndItsEmptyError()
    {
        Assert.Equal("28 120 100", $"{Repr(B("reduce").Call(Lambda2(Ops.Add), Nums))} {Repr(B("reduce").Call(Lambda2(Ops.Multiply), B("range").Call(I(1), I(6))))} {Repr(B("reduce").Call(B("max"), Nums, I(100)))}");
        var e = Assert.Throws<PythonException>(() => B("reduce").Call(Lambda2(Ops.Add), PyList.Create()));
        Assert.Equal("TypeError: reduce() of empty sequence with no initial value", Ops.ExceptionLine(e.Value));
    }

    [Fact]
    public void SortedWithCmpKeyReverse()
    {
        Assert.Equal("[1, 2, 3, 5, 8, 9] [9, 8, 5, 3, 2, 1] [5, 3, 8, 1, 9, 2]",
            $"{Repr(B("sorted").Call(Nums))} {Repr(Kw(B("sorted"), new PyObject[] { Nums, PyBool.True }, "reverse"))} {Repr(Nums)}");
        Assert.Equal("[9, 8, 5, 3, 2, 1]", Repr(Kw(B("sorted"), new PyObject[] { Nums, Lambda2((a, b) => I(Ops.Cmp(b, a))) }, "cmp")));
        var words = PyList.Create(S("bb"), S("a"), S("ccc"), S("dd"));
        Assert.Equal("['a', 'bb', 'dd', 'ccc'] ['ccc', 'bb', 'dd', 'a']",
            $"{Repr(Kw(B("sorted"), new PyObject[] { words, B("len") }, "key"))} {Repr(Kw(B("sorted"), new PyObject[] { words, B("len"), PyBool.True }, "key", "reverse"))}");
        var recs = PyList.Create(PyTuple.Create(S("x"), I(3)), PyTuple.Create(S("y"), I(1)), PyTuple.Create(S("z"), I(3)), PyTuple.Create(S("w"), I(2)));
        Assert.Equal("[('y', 1), ('w', 2), ('x', 3), ('z', 3)] [('x', 3), ('z', 3), ('w', 2), ('y', 1)]",
            $"{Repr(Kw(B("sorted"), new PyObject[] { recs, Lambda(r => Ops.GetItem(r, I(1))) }, "key"))} {Repr(Kw(B("sorted"), new PyObject[] { recs, Lambda(r => PyTuple.Create(Ops.Negative(Ops.GetItem(r, I(1))), Ops.GetItem(r, I(0)))) }, "key"))}");
        var lst = L(3, 1, 2);
        Kw(Ops.GetAttr(lst, "sort"), new PyObject[] { Lambda2(Ops.Subtract) }, "cmp");
        Assert.Equal("[1, 2, 3]", Repr(lst));
        lst = L(3, 2, 1);
        Kw(Ops.GetAttr(lst, "sort"), new PyObject[] { PyBool.True, Lambda(x => Ops.Modulo(x, I(3))) }, "reverse", "key");
        Assert.Equal("[2, 1, 3]", Repr(lst));
    }

    [Fact]
    public void MinMaxSumAnyAll()
    {
        var pairs = PyList.Create(PyTuple.Create(S("a"), I(2)), PyTuple.Create(S("b"), I(1)));
        Assert.Equal("1 9 e ('a', 2)", $"{Repr(B("min").Call(Nums))} {Repr(B("max").Call(Nums))} {Str(B("min").Call(S("hello")))} {Repr(Kw(B("max"), new PyObject[] { pairs, Lambda(t => Ops.GetItem(t, I(1))) }, "key"))}");
        Assert.Equal("2 apple 28 [1, 2, 3]", $"{Repr(B("min").Call(I(4), I(2), I(8)))} {Str(Kw(B("max"), new PyObject[] { S("apple"), S("pear"), B("len") }, "key"))} {Repr(B("sum").Call(Nums))} {Repr(B("sum").Call(PyList.Create(L(1), L(2, 3)), PyList.Create()))}");
        Assert.Equal("False True True True False", $"{Repr(B("any").Call(PyList.Create(I(0), S(""), PyNone.None)))} {Repr(B("any").Call(L(0, 1)))} {Repr(B("all").Call(PyList.Create()))} {Repr(B("all").Call(PyList.Create(I(1), S("a"))))} {Repr(B("all").Call(L(1, 0)))}");
    }

    [Fact]
    public void EnumerateReversedLenRange()
    {
        Assert.Equal("[(0, 'a'), (1, 'b'), (2, 'c')] [(1, 'x'), (2, 'y')] [3, 2, 1] ['c', 'b', 'a']",
            $"{Repr(PyList.FromIterable(Ops.Call(PyEnumerate.TypeObject, S("abc"))))} {Repr(PyList.FromIterable(Ops.Call(PyEnumerate.TypeObject, S("xy"), I(1))))} {Repr(PyList.FromIterable(Ops.Call(PyReversed.TypeObject, L(1, 2, 3))))} {Repr(PyList.FromIterable(Ops.Call(PyReversed.TypeObject, S("abc"))))}");
        Assert.Equal("[] [0, 1, 2] [-3, -2, -1, 0, 1, 2] [0, 4, 8]", $"{Repr(B("range").Call(I(0)))} {Repr(B("range").Call(I(3)))} {Repr(B("range").Call(I(-3), I(3)))} {Repr(B("range").Call(I(0), I(10), I(4)))}");
        Assert.Equal("10", Repr(B("len").Call(Ops.Call(PyXRange.TypeObject, I(10)))));
    }

    [Fact]
    public void SmallBuiltins()
    {
        Assert.Equal("(3, 2) 3 8.0 A 97 True 0x1000", $"{Repr(B("divmod").Call(I(17), I(5)))} {Repr(B("abs").Call(I(-3)))} {Repr(B("round").Call(new PyFloat(7.5)))} {Str(B("chr").Call(I(65)))} {Repr(B("ord").Call(S("a")))} {Ops.Eq(B("unichr").Call(I(233)), PyUnicode.FromString("\u00e9"))} {Str(B("hex").Call(I(4096)))}");
        Assert.Equal("True True True True", $"{Ops.IsInstance(I(3), PyInt.TypeObject)} {Ops.IsInstance(new PyLong(3), PyTuple.Create(PyInt.TypeObject, PyLong.TypeObject))} {Ops.IsInstance(S("s"), PyBaseString.TypeObject)} {Ops.IsInstance(PyUnicode.FromString("s"), PyBaseString.TypeObject)}");
        Assert.Equal("False True <type 'bool'> NoneType", $"{Ops.IsInstance(PyUnicode.FromString("s"), PyStr.TypeObject)} {Ops.IsInstance(PyBool.True, PyInt.TypeObject)} {Repr(Ops.TypeOf(PyBool.True))} {Str(Attr(Ops.TypeOf(PyNone.None), "__name__"))}");
        Assert.Equal("True False False True 1 False", $"{Repr(B("callable").Call(B("len")))} {Repr(B("callable").Call(I(3)))} {Repr(Ops.Call(PyBool.TypeObject, PyList.Create()))} {Repr(Ops.Call(PyBool.TypeObject, PyList.Create(PyList.Create())))} {Repr(Ops.Call(PyInt.TypeObject, PyBool.True))} {Str(Ops.Call(PyStr.TypeObject, PyBool.False))}");
        Assert.Equal("['a', 'b', 'c'] (1, 2) {'a': 1} set([1]) frozenset([2])", $"{Repr(Ops.Call(PyList.TypeObject, S("abc")))} {Repr(Ops.Call(PyTuple.TypeObject, L(1, 2)))} {Repr(Ops.Call(PyDict.TypeObject, PyList.Create(PyTuple.Create(S("a"), I(1)))))} {Repr(Ops.Call(PySet.TypeObject, L(1, 1, 1)))} {Repr(Ops.Call(PyFrozenSet.TypeObject, L(2, 2)))}");
        // print set(), frozenset() → set([]) frozenset([])  (repr_misc.stdout)
        Assert.Equal("set([]) frozenset([])", $"{Repr(Ops.Call(PySet.TypeObject))} {Repr(Ops.Call(PyFrozenSet.TypeObject))}");
        Assert.Equal("-1 1 -1 -1", $"{Ops.Cmp(L(1, 2), L(1, 3))} {Ops.Cmp(PyTuple.Create(I(2)), PyTuple.Create(I(1), I(9)))} {Ops.Cmp(S("abc"), S("abd"))} {Ops.Cmp(PyNone.None, I(0))}");
        var it = Ops.Iter(L(10, 20));
        Assert.Equal("10 20 'default'", $"{Repr(Ops.CallMethod(it, "next"))} {Repr(B("next").Call(it))} {Repr(B("next").Call(it, S("default")))}");
        Assert.Equal("True (1.0, 2.5) True", $"{Ops.Eq(B("intern").Call(S("abc")), S("abc"))} {Repr(B("coerce").Call(I(1), new PyFloat(2.5)))} {Ops.Hash(I(1)) == Ops.Hash(new PyFloat(1.0))}");
        Assert.Equal("[]", Repr(PyList.FromIterable(B("iter").Call(Def("<lambda>", () => PyNone.None), PyNone.None))));
    }
}
