namespace Py2Cs.Runtime;

/// <summary>Constructors and methods of set and frozenset.</summary>
internal static class SetTypes
{
    static PySetBase S(PyObject o) => (PySetBase)o;

    static PyObject Multi(PyObject self, PyObject[] others, System.Func<PySetBase, PyObject, PySetBase> op)
    {
        PySetBase result = S(self).CopyLike();
        if (others.Length == 0) return result;
        result = S(self);
        foreach (var o in others) result = op(result, o);
        return result;
    }

    static void DefineCommon(PyType t)
    {
        t.DefMethod("copy", s => S(s).GetType() == typeof(PyFrozenSet) ? s : S(s).CopyLike());
        t.DefVarMethod("union", (s, a) =>
        {
            var r = S(s).CopyLike();
            foreach (var o in a) r.UpdateInternal(o);
            return r;
        });
        t.DefVarMethod("intersection", (s, a) => Multi(s, a, (x, o) => x.Intersection(o)));
        t.DefVarMethod("difference", (s, a) =>
        {
            if (a.Length == 0) return S(s).CopyLike();
            var r = S(s).Difference(a[0]);
            for (int i = 1; i < a.Length; i++) r.DifferenceUpdateInternal(a[i]);
            return r;
        });
        t.DefMethod("symmetric_difference", (s, o) => S(s).SymmetricDifference(o));
        t.DefMethod("issubset", (s, o) => PyBool.From(S(s).IsSubsetOf(o as PySetBase ?? PySet.FromIterable(o))));
        t.DefMethod("issuperset", (s, o) => PyBool.From((o as PySetBase ?? PySet.FromIterable(o)).IsSubsetOf(S(s))));
        t.DefMethod("isdisjoint", (s, o) =>
        {
            foreach (var x in Ops.Enumerate(o)) if (S(s).ContainsKey(x)) return PyBool.False;
            return PyBool.True;
        });
        t.DefMethod("__contains__", (s, x) => PyBool.From(S(s).ContainsKey(x)));
        t.DefMethod("__len__", s => PyInt.From(S(s).Count));
        // (type(s), (list(s),), s.__dict__ or None): what copy and pickle rebuild sets from
        t.DefMethod("__reduce__", s => PyTuple.Create(s.Type, PyTuple.Create(PyList.FromIterable(s)),
            s.InstanceDict is { } d && d.Len() > 0 ? d : PyNone.None));
        t.DefMethod("__iter__", s => new PySetIterator(S(s)));
        t.DefMethod("__or__", (s, o) => o is PySetBase ? S(s).Union(o) : PyNotImplemented.Value);
        t.DefMethod("__and__", (s, o) => o is PySetBase ? S(s).Intersection(o) : PyNotImplemented.Value);
        t.DefMethod("__sub__", (s, o) => o is PySetBase ? S(s).Difference(o) : PyNotImplemented.Value);
        t.DefMethod("__xor__", (s, o) => o is PySetBase ? S(s).SymmetricDifference(o) : PyNotImplemented.Value);
        foreach (CompareOperator op in System.Enum.GetValues<CompareOperator>())
        {
            var c = op;
            t.DefMethod(OperatorNames.Method(op).ToString(), (a, b) => ((PySetBase)SequenceTypes.BuiltinView(a, a is PySet ? PySet.TypeObject : PyFrozenSet.TypeObject)).RichCompare(b, c) ?? PyNotImplemented.Value);
        }
    }

    public static void PopulateSet(PyType t)
    {
        t.Constructor = (type, args, kw) => type == PySet.TypeObject ? new PySet() : new PySetSubclass(type);
        t.Define("__init__", NativeMethod.Create(t, "__init__", 0, new[] { "iterable" }, (s, a) =>
        {
            S(s).ClearTable();
            if (a[0] != null) S(s).UpdateInternal(a[0]);
            return PyNone.None;
        }));
        DefineCommon(t);
        t.DefMethod("add", (s, x) => { ((PySet)s).Add(x); return PyNone.None; });
        t.DefMethod("discard", (s, x) => { ((PySet)s).Discard(x); return PyNone.None; });
        t.DefMethod("remove", (s, x) => { ((PySet)s).Remove(x); return PyNone.None; });
        t.DefMethod("pop", s => ((PySet)s).Pop());
        t.DefMethod("clear", s => { ((PySet)s).Clear(); return PyNone.None; });
        t.DefVarMethod("update", (s, a) => { foreach (var o in a) S(s).UpdateInternal(o); return PyNone.None; });
        t.DefVarMethod("intersection_update", (s, a) =>
        {
            PySetBase r = S(s);
            foreach (var o in a) r = r.Intersection(o);
            if (!ReferenceEquals(r, s)) S(s).SwapBodies(r);
            return PyNone.None;
        });
        t.DefVarMethod("difference_update", (s, a) => { foreach (var o in a) S(s).DifferenceUpdateInternal(o); return PyNone.None; });
        t.DefMethod("symmetric_difference_update", (s, o) => { S(s).SymmetricDifferenceUpdateInternal(o); return PyNone.None; });
        t.Define("__hash__", PyNone.None);
    }

    public static void PopulateFrozenSet(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            ArgumentParser.NoKeywords("frozenset", kw);
            if (args.Length > 1) throw Ops.TypeError($"frozenset expected at most 1 arguments, got {args.Length}");
            if (type == PyFrozenSet.TypeObject) return args.Length == 0 ? PyFrozenSet.Empty : PyFrozenSet.FromIterable(args[0]);
            var f = new PyFrozenSetSubclass(type);
            if (args.Length == 1) f.UpdateInternal(args[0]);
            return f;
        };
        DefineCommon(t);
        t.DefMethod("__hash__", s => PyInt.From(s.Hash()));
    }
}

/// <summary>The members every iterator type has: <c>next()</c> and <c>__iter__</c>.</summary>
internal static class IteratorTypes
{
    public static void Populate(PyType t)
    {
        t.DefMethod("next", s => Ops.NextOrRaise(s));
        t.DefMethod("__iter__", s => s);
    }
}
