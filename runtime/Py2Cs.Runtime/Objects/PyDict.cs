using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>
/// Python <c>dict</c>, a faithful port of CPython 2.7's dictobject.c table: same hashes, initial size 8,
/// open addressing with the perturbed probe <c>i = 5*i + perturb + 1</c>, dummy entries on delete,
/// resize when fill reaches 2/3 (to 4×used, or 2×used above 50000), so iteration order is CPython's.
/// </summary>
public class PyDict : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("dict", () => PyType.ObjectType, DictType.Populate);

    internal struct Entry
    {
        public long Hash;
        public PyObject Key;     // null: never used; Dummy: deleted
        public PyObject Value;
    }

    const int MinSize = 8;
    internal static readonly PyObject Dummy = new DummyKey();

    internal Entry[] _table;
    int _mask, _fill, _used;

    /// <summary>Bumped on every insertion of a new key or deletion; lets iterators detect size changes
    /// and types invalidate attribute caches.</summary>
    internal int Version;

    public PyDict()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
    }

    /// <summary>A dict display <c>{k: v, ...}</c> of n entries: CPython's BUILD_MAP presizes the table
    /// when n &gt; 5 (_PyDict_NewPresized), which changes the final table size and so the order.</summary>
    public static PyDict Presized(int n)
    {
        var d = new PyDict();
        if (n > 5) d.Resize(n);
        return d;
    }

    public override PyType Type => TypeObject;
    public int Count => _used;
    public override int Len() => _used;
    public override bool IsTrue() => _used != 0;
    public override long Hash() => throw Ops.TypeError("unhashable type: 'dict'");

    // ---- the table -----------------------------------------------------------------------

    static bool KeysEqual(PyObject a, PyObject b)
    {
        if (a is PyStr sa && b is PyStr sb && a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr))
            return sa.EqualsStr(sb);
        return Ops.Eq(a, b);
    }

    /// <summary>CPython's lookdict: the slot holding <paramref name="key"/>, else the slot where it
    /// would be inserted (the first dummy on the probe path, or the empty slot ending it).</summary>
    int Lookup(PyObject key, long hash)
    {
        while (true)
        {
            var table = _table;
            ulong mask = (ulong)_mask;
            ulong i = (ulong)hash & mask;
            ref Entry ep = ref table[i];
            if (ep.Key == null || ReferenceEquals(ep.Key, key)) return (int)i;
            long freeslot = -1;
            if (ReferenceEquals(ep.Key, Dummy)) freeslot = (long)i;
            else if (ep.Hash == hash)
            {
                var startKey = ep.Key;
                bool eq = KeysEqual(startKey, key);
                if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[i].Key, startKey)) continue;
                if (eq) return (int)i;
            }
            bool restart = false;
            for (ulong perturb = (ulong)hash; ; perturb >>= 5)
            {
                i = unchecked((i << 2) + i + perturb + 1);
                ulong slot = i & mask;
                ep = ref table[slot];
                if (ep.Key == null) return freeslot == -1 ? (int)slot : (int)freeslot;
                if (ReferenceEquals(ep.Key, key)) return (int)slot;
                if (ep.Hash == hash && !ReferenceEquals(ep.Key, Dummy))
                {
                    var startKey = ep.Key;
                    bool eq = KeysEqual(startKey, key);
                    if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[slot].Key, startKey)) { restart = true; break; }
                    if (eq) return (int)slot;
                }
                else if (ReferenceEquals(ep.Key, Dummy) && freeslot == -1) freeslot = (long)slot;
            }
            if (!restart) break;
        }
        return -1;
    }

    static bool IsActive(in Entry e) => e.Key != null && !ReferenceEquals(e.Key, Dummy);

    /// <summary>CPython's insertdict (no resize check).</summary>
    void Insert(PyObject key, long hash, PyObject value)
    {
        int i = Lookup(key, hash);
        ref Entry e = ref _table[i];
        if (IsActive(e)) { e.Value = value; return; }
        if (e.Key == null) _fill++;
        e.Key = key;
        e.Hash = hash;
        e.Value = value;
        _used++;
        Version++;
    }

    /// <summary>CPython's dictresize: a table of the smallest power of two above minUsed (at least 8),
    /// re-filled in old-table order.</summary>
    void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed && newSize > 0) newSize <<= 1;
        var old = _table;
        _table = new Entry[newSize];
        _mask = newSize - 1;
        _fill = _used = 0;
        foreach (ref readonly Entry e in old.AsSpan())
            if (IsActive(e)) InsertClean(e.Key, e.Hash, e.Value);
        Version++;
    }

    void InsertClean(PyObject key, long hash, PyObject value)
    {
        ulong mask = (ulong)_mask;
        ulong i = (ulong)hash & mask;
        for (ulong perturb = (ulong)hash; _table[i & mask].Key != null; perturb >>= 5)
            i = unchecked((i << 2) + i + perturb + 1);
        ref Entry e = ref _table[i & mask];
        e.Key = key; e.Hash = hash; e.Value = value;
        _fill++;
        _used++;
    }

    void ResizeAfterInsert(int usedBefore)
    {
        if (_used > usedBefore && _fill * 3 >= (_mask + 1) * 2)
            Resize((_used > 50000 ? 2 : 4) * _used);
    }

    // ---- the C# API ------------------------------------------------------------------------

    /// <summary><c>d[key] = value</c> (PyDict_SetItem).</summary>
    public void SetItem(PyObject key, long hash, PyObject value)
    {
        int before = _used;
        Insert(key, hash, value);
        ResizeAfterInsert(before);
    }

    public override void SetItem(PyObject key, PyObject value) => SetItemCore(key, value);

    /// <summary>The value for <paramref name="key"/>, or null when absent (no KeyError).</summary>
    public PyObject Get(PyObject key) => Get(key, Ops.Hash(key));

    public PyObject Get(PyObject key, long hash)
    {
        int i = Lookup(key, hash);
        ref Entry e = ref _table[i];
        return IsActive(e) ? e.Value : null;
    }

    public bool ContainsKey(PyObject key) => Get(key) != null;

    public override bool Contains(PyObject item) => Get(item) != null;

    /// <summary><c>d[key]</c>; subclasses with <c>__missing__</c> are handled by the subclass.</summary>
    public override PyObject GetItem(PyObject key) => GetItemCore(key);

    /// <summary>dict.__getitem__ itself (calls __missing__ on subclasses, as dict_subscript does).</summary>
    public PyObject GetItemCore(PyObject key)
    {
        var v = Get(key);
        if (v != null) return v;
        return Missing(key);
    }

    /// <summary>dict.__setitem__ itself.</summary>
    public void SetItemCore(PyObject key, PyObject value) => SetItem(key, Ops.Hash(key), value);

    /// <summary>ma_fill (used + dummies); dict.fromkeys presizes from it.</summary>
    internal int Fill => _fill;

    internal void ResizeForFromKeys(int n) => Resize(n);
    internal void InsertNoResize(PyObject key, long hash, PyObject value) => Insert(key, hash, value);

    /// <summary>Called when <c>d[key]</c> finds nothing; raises KeyError (subclasses may call __missing__).</summary>
    protected virtual PyObject Missing(PyObject key) => throw Ops.KeyError(key);

    /// <summary>Removes the key; false when absent.</summary>
    public bool Remove(PyObject key) => Remove(key, Ops.Hash(key));

    public bool Remove(PyObject key, long hash)
    {
        int i = Lookup(key, hash);
        ref Entry e = ref _table[i];
        if (!IsActive(e)) return false;
        e.Key = Dummy;
        e.Value = null;
        _used--;
        Version++;
        return true;
    }

    public override void DeleteItem(PyObject key)
    {
        if (!Remove(key)) throw Ops.KeyError(key);
    }

    public void Clear()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = _used = 0;
        Version++;
    }

    /// <summary>Walks the table in order: <c>while (d.Next(ref pos, out k, out v))</c>.</summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        var table = _table;
        while (pos < table.Length)
        {
            ref Entry e = ref table[pos++];
            if (IsActive(e)) { key = e.Key; value = e.Value; return true; }
        }
        key = value = null;
        return false;
    }

    internal bool NextEntry(ref int pos, out PyObject key, out long hash)
    {
        var table = _table;
        while (pos < table.Length)
        {
            ref Entry e = ref table[pos++];
            if (IsActive(e)) { key = e.Key; hash = e.Hash; return true; }
        }
        key = null; hash = 0;
        return false;
    }

    /// <summary>Enumerates (key, value) pairs in table order; the dict must not change meanwhile.</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        int pos = 0;
        while (Next(ref pos, out var k, out var v)) yield return new KeyValuePair<PyObject, PyObject>(k, v);
    }

    public PyList Keys()
    {
        var l = new PyList(_used);
        int pos = 0;
        while (Next(ref pos, out var k, out _)) l.Append(k);
        return l;
    }

    public PyList Values()
    {
        var l = new PyList(_used);
        int pos = 0;
        while (Next(ref pos, out _, out var v)) l.Append(v);
        return l;
    }

    public PyList ItemList()
    {
        var l = new PyList(_used);
        int pos = 0;
        while (Next(ref pos, out var k, out var v)) l.Append(PyTuple.Create(k, v));
        return l;
    }

    /// <summary>PyDict_Merge(self, other, override): a dict source presizes once and inserts in its
    /// table order without further resize checks; other mappings go through keys() and d[k] = v.</summary>
    public void Merge(PyObject other, bool overrideExisting = true)
    {
        if (other is PyDict od)
        {
            if (ReferenceEquals(od, this) || od._used == 0) return;
            if ((_fill + od._used) * 3 >= (_mask + 1) * 2) Resize((_used + od._used) * 2);
            var table = od._table;
            for (int i = 0; i < table.Length; i++)
            {
                ref Entry e = ref table[i];
                if (!IsActive(e)) continue;
                if (!overrideExisting && Get(e.Key, e.Hash) != null) continue;
                Insert(e.Key, e.Hash, e.Value);
            }
            return;
        }
        var keys = Ops.Iter(Ops.CallMethod(other, PyStr.Intern("keys")));
        for (var k = keys.Next(); k != null; k = keys.Next())
        {
            if (!overrideExisting && ContainsKey(k)) continue;
            SetItem(k, Ops.GetItem(other, k));
        }
    }

    /// <summary>PyDict_MergeFromSeq2: an iterable of key/value pairs.</summary>
    public void MergeFromPairs(PyObject seq)
    {
        var it = Ops.Iter(seq);
        int n = 0;
        for (var item = it.Next(); item != null; item = it.Next(), n++)
        {
            PyObject[] pair;
            try { pair = Ops.ToList(item).ToArray(); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError))
            {
                throw Ops.TypeError($"cannot convert dictionary update sequence element #{n} to a sequence");
            }
            if (pair.Length != 2)
                throw Ops.ValueError($"dictionary update sequence element #{n} has length {pair.Length}; 2 is required");
            SetItem(pair[0], pair[1]);
        }
    }

    /// <summary><c>dict.update(other)</c> without keywords: a mapping (has keys) or a pair sequence.</summary>
    public void Update(PyObject other)
    {
        if (other is PyDict || Ops.GetAttrOrNull(other, PyStr.Intern("keys")) != null) Merge(other);
        else MergeFromPairs(other);
    }

    public PyDict Copy()
    {
        var d = new PyDict();
        d.Merge(this);
        return d;
    }

    /// <summary>dict.popitem, with CPython's search finger kept in slot 0's hash.</summary>
    public PyTuple PopItem()
    {
        if (_used == 0) throw Ops.KeyError("popitem(): dictionary is empty");
        long i = 0;
        if (!IsActive(_table[0]))
        {
            i = _table[0].Hash;
            if (i > _mask || i < 1) i = 1;
            while (!IsActive(_table[i]))
            {
                i++;
                if (i > _mask) i = 1;
            }
        }
        ref Entry e = ref _table[i];
        var result = PyTuple.Create(e.Key, e.Value);
        e.Key = Dummy;
        e.Value = null;
        _used--;
        Version++;
        _table[0].Hash = i + 1;
        return result;
    }

    // ---- string-keyed fast paths (globals, attributes) ----------------------------------------

    /// <summary>The table slot holding <paramref name="name"/>, or -1. The slot stays valid while
    /// <see cref="Version"/> is unchanged (every insertion of a new key, removal, resize or clear
    /// bumps it; replacing a value does not), so a caller may keep it and read
    /// <see cref="ValueAt"/> instead of hashing again.</summary>
    internal int SlotOf(PyStr name)
    {
        int i = Lookup(name, name.Hash());
        return IsActive(_table[i]) ? i : -1;
    }

    /// <summary>The current value in a slot found by <see cref="SlotOf"/> (same <see cref="Version"/>).</summary>
    internal PyObject ValueAt(int slot) => _table[slot].Value;


    public PyObject GetStr(PyStr name) => Get(name, name.Hash());
    public void SetStr(PyStr name, PyObject value) => SetItem(name, name.Hash(), value);
    public PyObject GetStr(string name) => GetStr(PyStr.Intern(name));
    public void SetStr(string name, PyObject value) => SetStr(PyStr.Intern(name), value);

    // ---- Python protocol ---------------------------------------------------------------------

    public override PyObject Iter() => new PyDictIterator(this, DictIterationKind.Keys);

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not PyDict o) return null;
        if (op == CompareOperator.Equal || op == CompareOperator.NotEqual)
        {
            bool eq = DictEquals(this, o);
            return PyBool.From(op == CompareOperator.Equal ? eq : !eq);
        }
        return PyBool.From(Ops.CompareResult(DictCompare.Compare(this, o), op));
    }

    static bool DictEquals(PyDict a, PyDict b)
    {
        if (a._used != b._used) return false;
        int pos = 0;
        while (a.Next(ref pos, out var k, out var v))
        {
            var bv = b.Get(k);
            if (bv == null || !(ReferenceEquals(v, bv) || Ops.Eq(v, bv))) return false;
        }
        return true;
    }

    public override PyStr Repr()
    {
        if (_used == 0) return PyStr.FromString("{}");
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return PyStr.FromString("{...}");
        var sb = new ByteBuilder();
        sb.Append('{');
        int pos = 0;
        bool first = true;
        while (Next(ref pos, out var k, out var v))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(k)).Append(": ").Append(Ops.Repr(v));
        }
        sb.Append('}');
        return sb.ToPyStr();
    }

    sealed class DummyKey : PyObject
    {
        public override PyType Type => PyType.ObjectType;
        public override PyStr Repr() => PyStr.FromString("<dummy key>");
    }
}

public enum DictIterationKind { Keys, Values, Items }

/// <summary>Iterator over a dict's keys, values or items; raises CPython's RuntimeError when the dict
/// changes size meanwhile.</summary>
public sealed class PyDictIterator : PyObject
{
    public static readonly PyType KeyIteratorType = PyType.Builtin("dictionary-keyiterator", () => PyType.ObjectType, IteratorTypes.Populate);
    public static readonly PyType ValueIteratorType = PyType.Builtin("dictionary-valueiterator", () => PyType.ObjectType, IteratorTypes.Populate);
    public static readonly PyType ItemIteratorType = PyType.Builtin("dictionary-itemiterator", () => PyType.ObjectType, IteratorTypes.Populate);

    PyDict _dict;
    readonly DictIterationKind _kind;
    readonly int _size;
    int _pos;

    public PyDictIterator(PyDict dict, DictIterationKind kind)
    {
        _dict = dict;
        _kind = kind;
        _size = dict.Count;
    }

    public override PyType Type => _kind switch
    {
        DictIterationKind.Keys => KeyIteratorType,
        DictIterationKind.Values => ValueIteratorType,
        _ => ItemIteratorType,
    };

    public override PyObject Iter() => this;

    public override PyObject Next()
    {
        if (_dict == null) return null;
        if (_dict.Count != _size)
        {
            _dict = null;
            throw Ops.RuntimeError("dictionary changed size during iteration");
        }
        if (!_dict.Next(ref _pos, out var k, out var v)) { _dict = null; return null; }
        return _kind switch
        {
            DictIterationKind.Keys => k,
            DictIterationKind.Values => v,
            _ => PyTuple.Create(k, v),
        };
    }
}
