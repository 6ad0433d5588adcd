using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>
/// The table shared by <c>set</c> and <c>frozenset</c>: a port of CPython 2.7's setobject.c (same probe
/// sequence and dummies as dict, resize to 4×used at 2/3 fill, merges that presize once, intersection
/// iterating the smaller operand), so iteration order matches CPython.
/// </summary>
public abstract class PySetBase : PyObject
{
    internal struct Entry
    {
        public long Hash;
        public PyObject Key;    // null: unused; Dummy: deleted
    }

    const int MinSize = 8;
    static readonly PyObject Dummy = PyDict.Dummy;

    internal Entry[] _table = new Entry[MinSize];
    int _mask = MinSize - 1, _fill, _used;

    public int Count => _used;
    internal int Fill => _fill;
    public override int Len() => _used;
    public override bool IsTrue() => _used != 0;

    static bool IsActive(in Entry e) => e.Key != null && !ReferenceEquals(e.Key, Dummy);

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
                bool eq = Ops.Eq(startKey, key);
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
                    bool eq = Ops.Eq(startKey, key);
                    if (!ReferenceEquals(table, _table) || !ReferenceEquals(table[slot].Key, startKey)) { restart = true; break; }
                    if (eq) return (int)slot;
                }
                else if (ReferenceEquals(ep.Key, Dummy) && freeslot == -1) freeslot = (long)slot;
            }
            if (!restart) return -1;
        }
    }

    /// <summary>set_insert_key (no resize check).</summary>
    void InsertKey(PyObject key, long hash)
    {
        int i = Lookup(key, hash);
        ref Entry e = ref _table[i];
        if (IsActive(e)) return;
        if (e.Key == null) _fill++;
        e.Key = key;
        e.Hash = hash;
        _used++;
    }

    void InsertClean(PyObject key, long hash)
    {
        ulong mask = (ulong)_mask;
        ulong i = (ulong)hash & mask;
        for (ulong perturb = (ulong)hash; _table[i & mask].Key != null; perturb >>= 5)
            i = unchecked((i << 2) + i + perturb + 1);
        _table[i & mask] = new Entry { Key = key, Hash = hash };
        _fill++;
        _used++;
    }

    void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed && newSize > 0) newSize <<= 1;
        var old = _table;
        _table = new Entry[newSize];
        _mask = newSize - 1;
        _fill = _used = 0;
        foreach (ref readonly Entry e in old.AsSpan())
            if (IsActive(e)) InsertClean(e.Key, e.Hash);
    }

    /// <summary>set_add_entry / set_add_key: insert, then resize at 2/3 fill.</summary>
    internal void AddEntry(PyObject key, long hash)
    {
        int before = _used;
        InsertKey(key, hash);
        if (_used > before && _fill * 3 >= (_mask + 1) * 2)
            Resize(_used > 50000 ? _used * 2 : _used * 4);
    }

    /// <summary>Adds a key (no frozenset check: used while building).</summary>
    internal void AddKey(PyObject key) => AddEntry(key, Ops.Hash(key));

    internal bool ContainsEntry(PyObject key, long hash) => IsActive(_table[Lookup(key, hash)]);

    /// <summary>Membership; a set key is looked up as the equal frozenset, as CPython does.</summary>
    public bool ContainsKey(PyObject key)
    {
        long hash;
        try { hash = Ops.Hash(key); }
        catch (PythonException e) when (key is PySet s && e.Is(PyExceptionTypes.TypeError))
        {
            var f = new PyFrozenSet();
            f.UpdateInternal(s);
            return ContainsEntry(f, f.Hash());
        }
        return ContainsEntry(key, hash);
    }

    public override bool Contains(PyObject item) => ContainsKey(item);

    internal bool DiscardEntry(PyObject key, long hash)
    {
        int i = Lookup(key, hash);
        ref Entry e = ref _table[i];
        if (!IsActive(e)) return false;
        e.Key = Dummy;
        _used--;
        return true;
    }

    internal void ClearTable()
    {
        _table = new Entry[MinSize];
        _mask = MinSize - 1;
        _fill = _used = 0;
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

    /// <summary>The elements in table order.</summary>
    public IEnumerable<PyObject> Elements()
    {
        int pos = 0;
        while (NextEntry(ref pos, out var k, out _)) yield return k;
    }

    /// <summary>set_update_internal: sets and dicts presize then insert in table order; other
    /// iterables add one by one.</summary>
    internal void UpdateInternal(PyObject other)
    {
        if (other is PySetBase os)
        {
            if (ReferenceEquals(os, this) || os._used == 0) return;
            if ((_fill + os._used) * 3 >= (_mask + 1) * 2) Resize((_used + os._used) * 2);
            var table = os._table;
            for (int i = 0; i < table.Length; i++)
                if (IsActive(table[i])) InsertKey(table[i].Key, table[i].Hash);
            return;
        }
        if (other is PyDict d && d.GetType() == typeof(PyDict))
        {
            int size = d.Count;
            if ((_fill + size) * 3 >= (_mask + 1) * 2) Resize((_used + size) * 2);
            int pos = 0;
            while (d.NextEntry(ref pos, out var k, out var h)) InsertKey(k, h);
            return;
        }
        var it = Ops.Iter(other);
        for (var x = it.Next(); x != null; x = it.Next()) AddKey(x);
    }

    /// <summary>Swaps the tables of two sets (set_swap_bodies, used by the *_update methods).</summary>
    internal void SwapBodies(PySetBase other)
    {
        (_table, other._table) = (other._table, _table);
        (_mask, other._mask) = (other._mask, _mask);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
    }

    /// <summary>set.pop with CPython's search finger in slot 0's hash.</summary>
    internal PyObject PopEntry()
    {
        if (_used == 0) throw Ops.KeyError("pop from an empty set");
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
        var key = _table[i].Key;
        _table[i].Key = Dummy;
        _used--;
        _table[0].Hash = i + 1;
        return key;
    }

    /// <summary>A new empty set of the same kind (set or frozenset) as this one.</summary>
    internal abstract PySetBase NewEmptyLike();

    internal PySetBase CopyLike()
    {
        var r = NewEmptyLike();
        r.UpdateInternal(this);
        return r;
    }

    // ---- algebra (results have the left operand's kind, as make_new_set(Py_TYPE(so), ...)) ----

    internal PySetBase Union(PyObject other)
    {
        var r = CopyLike();
        r.UpdateInternal(other);
        return r;
    }

    internal PySetBase Intersection(PyObject other)
    {
        if (ReferenceEquals(other, this)) return CopyLike();
        var result = NewEmptyLike();
        if (other is PySetBase os)
        {
            PySetBase big = this, small = os;
            if (os._used > _used) { big = os; small = this; }
            int pos = 0;
            while (small.NextEntry(ref pos, out var k, out var h))
                if (big.ContainsEntry(k, h)) result.AddEntry(k, h);
            return result;
        }
        var it = Ops.Iter(other);
        for (var x = it.Next(); x != null; x = it.Next())
        {
            long h = Ops.Hash(x);
            if (ContainsEntry(x, h)) result.AddEntry(x, h);
        }
        return result;
    }

    internal PySetBase Difference(PyObject other)
    {
        if (other is not PySetBase && !(other is PyDict d0 && d0.GetType() == typeof(PyDict)))
        {
            var r = CopyLike();
            r.DifferenceUpdateInternal(other);
            return r;
        }
        var result = NewEmptyLike();
        int pos = 0;
        if (other is PyDict d)
        {
            while (NextEntry(ref pos, out var k, out var h))
                if (d.Get(k, h) == null) result.AddEntry(k, h);
            return result;
        }
        var os = (PySetBase)other;
        while (NextEntry(ref pos, out var k, out var h))
            if (!os.ContainsEntry(k, h)) result.AddEntry(k, h);
        return result;
    }

    internal void DifferenceUpdateInternal(PyObject other)
    {
        if (ReferenceEquals(other, this)) { ClearTable(); return; }
        if (other is PySetBase os)
        {
            int pos = 0;
            while (os.NextEntry(ref pos, out var k, out var h)) DiscardEntry(k, h);
            return;
        }
        var it = Ops.Iter(other);
        for (var x = it.Next(); x != null; x = it.Next()) DiscardEntry(x, Ops.Hash(x));
    }

    internal void SymmetricDifferenceUpdateInternal(PyObject other)
    {
        if (ReferenceEquals(other, this)) { ClearTable(); return; }
        if (other is PyDict d && d.GetType() == typeof(PyDict))
        {
            int dpos = 0;
            while (d.NextEntry(ref dpos, out var k, out var h))
                if (!DiscardEntry(k, h)) AddEntry(k, h);
            return;
        }
        PySetBase os = other as PySetBase;
        if (os == null) { os = NewEmptyLike(); os.UpdateInternal(other); }
        int pos = 0;
        while (os.NextEntry(ref pos, out var k, out var h))
            if (!DiscardEntry(k, h)) AddEntry(k, h);
    }

    internal PySetBase SymmetricDifference(PyObject other)
    {
        var r = NewEmptyLike();
        r.UpdateInternal(other);
        r.SymmetricDifferenceUpdateInternal(this);
        return r;
    }

    public bool IsSubsetOf(PySetBase other)
    {
        if (_used > other._used) return false;
        int pos = 0;
        while (NextEntry(ref pos, out var k, out var h))
            if (!other.ContainsEntry(k, h)) return false;
        return true;
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is not PySetBase o)
        {
            if (op == CompareOperator.Equal) return PyBool.False;
            if (op == CompareOperator.NotEqual) return PyBool.True;
            throw Ops.TypeError("can only compare to a set");
        }
        switch (op)
        {
            case CompareOperator.Equal: return PyBool.From(_used == o._used && IsSubsetOf(o));
            case CompareOperator.NotEqual: return PyBool.From(!(_used == o._used && IsSubsetOf(o)));
            case CompareOperator.LessEqual: return PyBool.From(IsSubsetOf(o));
            case CompareOperator.GreaterEqual: return PyBool.From(o.IsSubsetOf(this));
            case CompareOperator.Less: return PyBool.From(_used < o._used && IsSubsetOf(o));
            default: return PyBool.From(_used > o._used && o.IsSubsetOf(this));
        }
    }

    public override int? Compare3(PyObject other) => throw Ops.TypeError("cannot compare sets using cmp()");

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is not PySetBase) return null;
        switch (op)
        {
            case BinaryOperator.Or: return Union(other);
            case BinaryOperator.And: return Intersection(other);
            case BinaryOperator.Subtract: return Difference(other);
            case BinaryOperator.Xor: return SymmetricDifference(other);
        }
        return null;
    }

    public override PyObject Iter() => new PySetIterator(this);

    /// <summary>"set([1, 2])", "frozenset([...])", "set([])"; subclasses print their own name.</summary>
    public override PyStr Repr()
    {
        string name = TypeName;
        if (_used == 0) return PyStr.FromString(name + "([])");
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return PyStr.FromString(name + "(...)");
        var sb = new ByteBuilder();
        sb.Append(name).Append("([");
        int pos = 0;
        bool first = true;
        while (NextEntry(ref pos, out var k, out _))
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(Ops.Repr(k));
        }
        sb.Append("])");
        return sb.ToPyStr();
    }
}

/// <summary>Python <c>set</c>.</summary>
public class PySet : PySetBase
{
    public static readonly PyType TypeObject = PyType.Builtin("set", () => PyType.ObjectType, SetTypes.PopulateSet);

    public PySet() { }

    public static PySet FromIterable(PyObject iterable)
    {
        var s = new PySet();
        s.UpdateInternal(iterable);
        return s;
    }

    /// <summary>A set display <c>{a, b, c}</c>: CPython 2.7.18's BUILD_SET adds the items first to last.</summary>
    public static PySet FromDisplay(params PyObject[] items)
    {
        var s = new PySet();
        foreach (var item in items) s.AddKey(item);
        return s;
    }

    public override PyType Type => TypeObject;
    internal override PySetBase NewEmptyLike() => new PySet();
    public override long Hash() => throw Ops.TypeError("unhashable type: 'set'");

    public void Add(PyObject item) => AddKey(item);

    public void Discard(PyObject item)
    {
        if (item is PySet s && !(item is PyFrozenSet))
        {
            long h;
            try { h = Ops.Hash(item); }
            catch (PythonException) { var f = new PyFrozenSet(); f.UpdateInternal(s); DiscardEntry(f, f.Hash()); return; }
            DiscardEntry(item, h);
            return;
        }
        DiscardEntry(item, Ops.Hash(item));
    }

    public void Remove(PyObject item)
    {
        if (!ContainsKey(item)) throw Ops.KeyError(item);
        Discard(item);
    }

    public PyObject Pop() => PopEntry();
    public void Clear() => ClearTable();
    public void Update(PyObject other) => UpdateInternal(other);

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (other is not PySetBase) return null;
        switch (op)
        {
            case BinaryOperator.Or: UpdateInternal(other); return this;
            case BinaryOperator.And: SwapBodies(Intersection(other)); return this;
            case BinaryOperator.Subtract: DifferenceUpdateInternal(other); return this;
            case BinaryOperator.Xor: SymmetricDifferenceUpdateInternal(other); return this;
        }
        return null;
    }
}

/// <summary>Python <c>frozenset</c>.</summary>
public class PyFrozenSet : PySetBase
{
    public static readonly PyType TypeObject = PyType.Builtin("frozenset", () => PyType.ObjectType, SetTypes.PopulateFrozenSet);
    public static readonly PyFrozenSet Empty = new PyFrozenSet();

    long _hash = -1;

    public PyFrozenSet() { }

    public static PyFrozenSet FromIterable(PyObject iterable)
    {
        if (iterable is PyFrozenSet f && f.GetType() == typeof(PyFrozenSet)) return f;
        var s = new PyFrozenSet();
        s.UpdateInternal(iterable);
        return s.Count == 0 ? Empty : s;
    }

    public override PyType Type => TypeObject;
    internal override PySetBase NewEmptyLike() => new PyFrozenSet();

    /// <summary>CPython 2.7's frozenset_hash.</summary>
    public override long Hash()
    {
        if (_hash != -1) return _hash;
        long hash = 1927868237L;
        hash = unchecked(hash * (Count + 1));
        int pos = 0;
        while (NextEntry(ref pos, out _, out long h))
            hash = unchecked(hash ^ ((h ^ (h << 16) ^ 89869747L) * 3644798167L));
        hash = unchecked(hash * 69069L + 907133923L);
        if (hash == -1) hash = 590923713L;
        return _hash = hash;
    }
}

/// <summary>Iterator over a set; RuntimeError when the set changes size meanwhile.</summary>
public sealed class PySetIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("setiterator", () => PyType.ObjectType, IteratorTypes.Populate);
    PySetBase _set;
    readonly int _size;
    int _pos;

    public PySetIterator(PySetBase set) { _set = set; _size = set.Count; }
    public override PyType Type => TypeObject;
    public override PyObject Iter() => this;

    public override PyObject Next()
    {
        if (_set == null) return null;
        if (_set.Count != _size)
        {
            _set = null;
            throw Ops.RuntimeError("Set changed size during iteration");
        }
        if (!_set.NextEntry(ref _pos, out var k, out _)) { _set = null; return null; }
        return k;
    }
}
