using System;
using System.Linq;

namespace Py2Cs.Runtime;

/// <summary>Constructors and methods of tuple, list and slice.</summary>
internal static class SequenceTypes
{
    static long IndexArg(PyObject o, long length)
    {
        var idx = o.Index() ?? throw Ops.TypeError("slice indices must be integers or None or have an __index__ method");
        long v = PyInt.FromLongClamped(idx).Value;
        if (v < 0) { v += length; if (v < 0) v = 0; }
        return v;
    }

    /// <summary>The shared <c>index(x[, start[, stop]])</c> search.</summary>
    static PyObject IndexOf(ReadOnlySpan<PyObject> items, PyObject[] a, string notFound)
    {
        long start = a[1] == null ? 0 : IndexArg(a[1], items.Length);
        long stop = a[2] == null ? items.Length : Math.Min(IndexArg(a[2], items.Length), items.Length);
        for (long i = start; i < stop; i++)
            if (ReferenceEquals(items[(int)i], a[0]) || Ops.Eq(items[(int)i], a[0])) return PyInt.From(i);
        throw Ops.ValueError(notFound);
    }

    static PyObject Count(ReadOnlySpan<PyObject> items, PyObject x)
    {
        long n = 0;
        foreach (var item in items) if (ReferenceEquals(item, x) || Ops.Eq(item, x)) n++;
        return PyInt.From(n);
    }

    public static void PopulateTuple(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("tuple", args, kw, 0, 1, "sequence");
            var value = a[0] == null ? PyTuple.Empty : PyTuple.FromIterable(a[0]);
            return type == PyTuple.TypeObject ? value : new PyTupleSubclass(type, value.Items);
        };
        t.DefMethod("index", 1, new[] { "value", "start", "stop" }, (s, a) => IndexOf(((PyTuple)s).AsSpan(), a, "tuple.index(x): x not in tuple"));
        t.DefMethod("count", (s, x) => Count(((PyTuple)s).AsSpan(), x));
        t.DefMethod("__getnewargs__", s => PyTuple.Create(PyTuple.Create(((PyTuple)s).Items)));
        DefineContainerMethods(t);
    }

    /// <summary><c>__len__</c>, <c>__getitem__</c>, <c>__contains__</c>, <c>__iter__</c>, comparison and
    /// <c>__add__</c>/<c>__mul__</c> as callable methods (for super() and explicit calls); they run the
    /// built-in behaviour even on subclass instances.</summary>
    internal static void DefineContainerMethods(PyType t)
    {
        var builtin = t;
        t.DefMethod("__len__", s => PyInt.From(BuiltinView(s, builtin).Len()));
        t.DefMethod("__getitem__", (s, k) => BuiltinView(s, builtin).GetItem(k));
        t.DefMethod("__contains__", (s, k) => PyBool.From(BuiltinView(s, builtin).Contains(k)));
        t.DefMethod("__iter__", s => BuiltinView(s, builtin).Iter());
        t.DefMethod("__repr__", s => BuiltinView(s, builtin).Repr());
        t.DefMethod("__hash__", s => PyInt.From(BuiltinView(s, builtin).Hash()));
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(OperatorNames.Method(op).ToString(), (a, b) => BuiltinView(a, builtin).RichCompare(b, o) ?? PyNotImplemented.Value);
        }
        t.DefMethod("__add__", (a, b) => BuiltinView(a, builtin).BinaryOp(BinaryOperator.Add, b) ?? PyNotImplemented.Value);
        t.DefMethod("__mul__", (a, b) => BuiltinView(a, builtin).BinaryOp(BinaryOperator.Multiply, b) ?? PyNotImplemented.Value);
        t.DefMethod("__rmul__", (a, b) => BuiltinView(a, builtin).ReflectedBinaryOp(BinaryOperator.Multiply, b) ?? PyNotImplemented.Value);
    }

    /// <summary>A plain built-in copy of a subclass instance's value, so the built-in method runs
    /// instead of the Python override (list.__getitem__(self, i) inside an override must not recurse).</summary>
    internal static PyObject BuiltinView(PyObject self, PyType builtin)
    {
        if (self.Type == builtin) return self;
        return self switch
        {
            PyListSubclass l => PyList.Create(l.ToArray()),
            PyTupleSubclass tu => PyTuple.Create(tu.Items),
            PyDict d => d.Copy(), // any C# dict subtype (dict subclasses, defaultdict)
            PyStrSubclass s => PyStr.FromBytes(s.Bytes),
            PyUnicodeSubclass u => PyUnicode.FromString(u.Value),
            PySetSubclass st => PySet.FromIterable(PyTuple.Create(st.Elements().ToArray())),
            PyFrozenSetSubclass fs => PyFrozenSet.FromIterable(PyTuple.Create(fs.Elements().ToArray())),
            _ => self,
        };
    }

    public static void PopulateList(PyType t)
    {
        t.Constructor = (type, args, kw) => type == PyList.TypeObject ? new PyList() : new PyListSubclass(type);
        t.Define("__init__", NativeMethod.Create(t, "__init__", 0, new[] { "sequence" }, (s, a) =>
        {
            var l = (PyList)s;
            l.Clear();
            if (a[0] != null) l.Extend(a[0]);
            return PyNone.None;
        }));
        t.DefMethod("append", (s, x) => { ((PyList)s).Append(x); return PyNone.None; });
        t.DefMethod("extend", (s, x) => { ((PyList)s).Extend(x); return PyNone.None; });
        t.DefMethod("insert", (s, i, x) => { ((PyList)s).Insert(Ops.IndexToLongArg(i), x); return PyNone.None; });
        t.DefMethod("remove", (s, x) => { ((PyList)s).Remove(x); return PyNone.None; });
        t.DefMethod("pop", 0, new[] { "index" }, (s, a) => ((PyList)s).Pop(a[0] == null ? -1 : Ops.IndexToLongArg(a[0])));
        t.DefMethod("index", 1, new[] { "value", "start", "stop" }, (s, a) => IndexOf(((PyList)s).AsSpan(), a, $"{Ops.Repr(a[0])} is not in list"));
        t.DefMethod("count", (s, x) => Count(((PyList)s).ToArray(), x));
        t.DefMethod("reverse", s => { ((PyList)s).Reverse(); return PyNone.None; });
        t.DefMethod("sort", 0, new[] { "cmp", "key", "reverse" }, (s, a) =>
        {
            ((PyList)s).Sort(a[0], a[1], a[2] != null && Ops.IsTrue(a[2]));
            return PyNone.None;
        });
        DefineContainerMethods(t);
        t.DefMethod("__getitem__", (s, k) => ((PyList)s).GetItemCore(k));
        t.DefMethod("__setitem__", (s, k, v) => { ((PyList)s).SetItemCore(k, v); return PyNone.None; });
        t.DefMethod("__delitem__", (s, k) => { ((PyList)s).DeleteItemCore(k); return PyNone.None; });
        t.DefMethod("__iadd__", (s, x) => { ((PyList)s).Extend(x); return s; });
        t.Define("__hash__", PyNone.None);
    }

    public static void PopulateSlice(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            ArgumentParser.NoKeywords("slice", kw);
            return args.Length switch
            {
                1 => new PySlice(null, args[0], null),
                2 => new PySlice(args[0], args[1], null),
                3 => new PySlice(args[0], args[1], args[2]),
                0 => throw Ops.TypeError("slice expected at least 1 arguments, got 0"),
                _ => throw Ops.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
            };
        };
        t.DefProperty("start", s => ((PySlice)s).Start);
        t.DefProperty("stop", s => ((PySlice)s).Stop);
        t.DefProperty("step", s => ((PySlice)s).Step);
        t.DefMethod("indices", (s, n) =>
        {
            ((PySlice)s).Indices(Ops.IndexToLong(n), out int a, out int b, out int c, out _);
            return PyTuple.Create(PyInt.From(a), PyInt.From(b), PyInt.From(c));
        });
    }
}

