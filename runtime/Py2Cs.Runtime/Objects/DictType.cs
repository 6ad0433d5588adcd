using System.Linq;

namespace Py2Cs.Runtime;

/// <summary>Constructor and methods of dict.</summary>
internal static class DictType
{
    static PyDict D(PyObject o) => (PyDict)o;

    public static void Populate(PyType t)
    {
        t.Constructor = (type, args, kw) => type == PyDict.TypeObject ? new PyDict() : new PyDictSubclass(type);
        t.Define("__init__", NativeMethod.CreateRaw(t, "__init__", (s, args, kw) => { Update(D(s), args, kw, "dict"); return PyNone.None; }));
        t.Define("update", NativeMethod.CreateRaw(t, "update", (s, args, kw) => { Update(D(s), args, kw, "update"); return PyNone.None; }));
        t.DefMethod("keys", s => D(s).Keys());
        t.DefMethod("values", s => D(s).Values());
        t.DefMethod("items", s => D(s).ItemList());
        t.DefMethod("iterkeys", s => new PyDictIterator(D(s), DictIterationKind.Keys));
        t.DefMethod("itervalues", s => new PyDictIterator(D(s), DictIterationKind.Values));
        t.DefMethod("iteritems", s => new PyDictIterator(D(s), DictIterationKind.Items));
        t.DefMethod("viewkeys", s => new PyDictView(D(s), DictIterationKind.Keys));
        t.DefMethod("viewvalues", s => new PyDictView(D(s), DictIterationKind.Values));
        t.DefMethod("viewitems", s => new PyDictView(D(s), DictIterationKind.Items));
        t.DefMethod("get", 1, new[] { "k", "d" }, (s, a) => D(s).Get(a[0]) ?? a[1] ?? PyNone.None);
        t.DefMethod("has_key", (s, k) => PyBool.From(D(s).ContainsKey(k)));
        t.DefMethod("setdefault", 1, new[] { "k", "d" }, (s, a) =>
        {
            var d = D(s);
            long h = Ops.Hash(a[0]);
            var v = d.Get(a[0], h);
            if (v != null) return v;
            v = a[1] ?? PyNone.None;
            d.SetItem(a[0], h, v);
            return v;
        });
        t.DefMethod("pop", 1, new[] { "k", "d" }, (s, a) =>
        {
            var d = D(s);
            long h = Ops.Hash(a[0]);
            var v = d.Get(a[0], h);
            if (v == null) return a[1] ?? throw Ops.KeyError(a[0]);
            d.Remove(a[0], h);
            return v;
        });
        t.DefMethod("popitem", s => D(s).PopItem());
        t.DefMethod("clear", s => { D(s).Clear(); return PyNone.None; });
        t.DefMethod("copy", s => D(s).Copy());
        t.DefClassMethod("fromkeys", 1, new[] { "seq", "value" }, (cls, a) => FromKeys(cls, a[0], a[1] ?? PyNone.None));
        t.DefMethod("__getitem__", (s, k) => D(s).GetItemCore(k));
        t.DefMethod("__setitem__", (s, k, v) => { D(s).SetItemCore(k, v); return PyNone.None; });
        t.DefMethod("__delitem__", (s, k) => { if (!D(s).Remove(k)) throw Ops.KeyError(k); return PyNone.None; });
        t.DefMethod("__contains__", (s, k) => PyBool.From(D(s).ContainsKey(k)));
        t.DefMethod("__len__", s => PyInt.From(D(s).Count));
        t.DefMethod("__iter__", s => new PyDictIterator(D(s), DictIterationKind.Keys));
        t.DefMethod("__repr__", s => SequenceTypes.BuiltinView(s, PyDict.TypeObject).Repr());
        foreach (CompareOperator op in System.Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(OperatorNames.Method(op).ToString(), (a, b) => SequenceTypes.BuiltinView(a, PyDict.TypeObject).RichCompare(b, o) ?? PyNotImplemented.Value);
        }
        t.Define("__hash__", PyNone.None);
    }

    /// <summary>dict(...) / d.update(...): one optional positional mapping or pair sequence, then keywords.</summary>
    static void Update(PyDict d, PyObject[] args, PyStr[] kw, string name)
    {
        int kwcount = kw?.Length ?? 0;
        int n = args.Length - kwcount;
        if (n > 1) throw Ops.TypeError($"{name} expected at most 1 arguments, got {n}");
        if (n == 1) d.Update(args[0]);
        if (kwcount > 0)
        {
            // CPython builds a kwargs dict and merges it.
            var kwargs = new PyDict();
            for (int i = 0; i < kwcount; i++) kwargs.SetItem(kw[i], args[n + i]);
            d.Merge(kwargs);
        }
    }

    static PyObject FromKeys(PyObject cls, PyObject seq, PyObject value)
    {
        var d = Ops.Call(cls);
        if (d is PyDict pd && d.GetType() == typeof(PyDict))
        {
            if (seq is PyDict sd && seq.GetType() == typeof(PyDict))
            {
                pd.ResizeForFromKeys(sd.Count / 2 * 3);
                int pos = 0;
                while (sd.NextEntry(ref pos, out var k, out var h)) pd.InsertNoResize(k, h, value);
                return pd;
            }
            if (seq is PySetBase ss && (seq.GetType() == typeof(PySet) || seq.GetType() == typeof(PyFrozenSet)))
            {
                pd.ResizeForFromKeys(ss.Count / 2 * 3);
                int pos = 0;
                while (ss.NextEntry(ref pos, out var k, out var h)) pd.InsertNoResize(k, h, value);
                return pd;
            }
        }
        var it = Ops.Iter(seq);
        for (var k = it.Next(); k != null; k = it.Next()) Ops.SetItem(d, k, value);
        return d;
    }
}

/// <summary>dict.viewkeys()/viewvalues()/viewitems(): live views.</summary>
public sealed class PyDictView : PyObject
{
    public static readonly PyType KeysType = PyType.Builtin("dict_keys", () => PyType.ObjectType, null);
    public static readonly PyType ValuesType = PyType.Builtin("dict_values", () => PyType.ObjectType, null);
    public static readonly PyType ItemsType = PyType.Builtin("dict_items", () => PyType.ObjectType, null);

    readonly PyDict _dict;
    readonly DictIterationKind _kind;

    public PyDictView(PyDict dict, DictIterationKind kind) { _dict = dict; _kind = kind; }

    public override PyType Type => _kind == DictIterationKind.Keys ? KeysType : _kind == DictIterationKind.Values ? ValuesType : ItemsType;
    public override int Len() => _dict.Count;
    public override PyObject Iter() => new PyDictIterator(_dict, _kind);

    public override bool Contains(PyObject item)
    {
        if (_kind == DictIterationKind.Keys) return _dict.ContainsKey(item);
        if (_kind == DictIterationKind.Items)
        {
            if (item is not PyTuple t || t.Count != 2) return false;
            var v = _dict.Get(t[0]);
            return v != null && Ops.Eq(v, t[1]);
        }
        return base.Contains(item);
    }

    public override PyStr Repr()
    {
        var list = _kind == DictIterationKind.Keys ? _dict.Keys() : _kind == DictIterationKind.Values ? _dict.Values() : _dict.ItemList();
        return PyStr.FromString(Type.Name + "(" + Ops.Repr(list) + ")");
    }
}
