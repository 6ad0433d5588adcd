using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>Python <c>list</c>.</summary>
public class PyList : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("list", () => PyType.ObjectType, SequenceTypes.PopulateList);

    PyObject[] _items;
    int _count;

    public PyList() { _items = Array.Empty<PyObject>(); }
    public PyList(int capacity) { _items = capacity == 0 ? Array.Empty<PyObject>() : new PyObject[capacity]; }

    /// <summary>A list display <c>[a, b, c]</c>: takes ownership of the array.</summary>
    public static PyList FromArray(PyObject[] items) => new PyList(items, items.Length);

    public static PyList Create(params PyObject[] items) => new PyList(items.AsSpan().ToArray(), items.Length);

    PyList(PyObject[] items, int count) { _items = items; _count = count; }

    /// <summary>A new list from any iterable (<c>list(x)</c>).</summary>
    public static PyList FromIterable(PyObject iterable)
    {
        var l = new PyList();
        l.Extend(iterable);
        return l;
    }

    public override PyType Type => TypeObject;
    public int Count => _count;

    public PyObject this[int i]
    {
        get => _items[i];
        set => _items[i] = value;
    }

    public ReadOnlySpan<PyObject> AsSpan() => new ReadOnlySpan<PyObject>(_items, 0, _count);
    public PyObject[] ToArray() => AsSpan().ToArray();
    internal PyObject[] RawItems => _items;

    public override int Len() => _count;
    public override bool IsTrue() => _count != 0;
    public override long Hash() => throw Ops.TypeError("unhashable type: 'list'");

    public void Append(PyObject item)
    {
        if (_count == _items.Length) Array.Resize(ref _items, Math.Max(4, _count * 2));
        _items[_count++] = item;
    }

    public void Extend(PyObject iterable)
    {
        if (iterable is PyList l)
        {
            var src = l.ToArray();
            foreach (var x in src) Append(x);
            return;
        }
        if (iterable is PyTuple t)
        {
            foreach (var x in t.Items) Append(x);
            return;
        }
        var it = Ops.Iter(iterable);
        for (var x = it.Next(); x != null; x = it.Next()) Append(x);
    }

    public void Insert(long index, PyObject item)
    {
        if (index < 0) { index += _count; if (index < 0) index = 0; }
        if (index > _count) index = _count;
        Append(item);
        Array.Copy(_items, index, _items, index + 1, _count - 1 - index);
        _items[index] = item;
    }

    public PyObject Pop(long index = -1)
    {
        if (_count == 0) throw Ops.IndexError("pop from empty list");
        if (index < 0) index += _count;
        if (index < 0 || index >= _count) throw Ops.IndexError("pop index out of range");
        var item = _items[index];
        RemoveAt((int)index);
        return item;
    }

    public void RemoveAt(int index)
    {
        Array.Copy(_items, index + 1, _items, index, _count - index - 1);
        _items[--_count] = null;
    }

    public void Remove(PyObject item)
    {
        for (int i = 0; i < _count; i++)
            if (ReferenceEquals(_items[i], item) || Ops.Eq(_items[i], item)) { RemoveAt(i); return; }
        throw Ops.ValueError("list.remove(x): x not in list");
    }

    public void Clear() { _items = Array.Empty<PyObject>(); _count = 0; }

    public void Reverse() => Array.Reverse(_items, 0, _count);

    // ---- item access ----------------------------------------------------------------------

    public override PyObject GetItem(PyObject key) => GetItemCore(key);
    public override void SetItem(PyObject key, PyObject value) => SetItemCore(key, value);
    public override void DeleteItem(PyObject key) => DeleteItemCore(key);

    /// <summary>list.__getitem__ itself (not overridable), for calls from Python subclasses.</summary>
    public PyObject GetItemCore(PyObject key)
    {
        if (key is PyInt i)
        {
            long n = i.Value;
            if (n < 0) n += _count;
            if ((ulong)n >= (ulong)_count) throw Ops.IndexError("list index out of range");
            return _items[n];
        }
        if (key is PySlice s)
        {
            s.Indices(_count, out int start, out int stop, out int step, out int count);
            var r = new PyObject[count];
            for (int k = 0, j = start; k < count; k++, j += step) r[k] = _items[j];
            return new PyList(r, count);
        }
        var index = key.Index();
        if (index != null) return GetItemCore(PyInt.FromLongClamped(index));
        throw Ops.TypeError("list indices must be integers, not " + key.TypeName);
    }

    public void SetItemCore(PyObject key, PyObject value)
    {
        if (key is PyInt i)
        {
            long n = i.Value;
            if (n < 0) n += _count;
            if ((ulong)n >= (ulong)_count) throw Ops.IndexError("list assignment index out of range");
            _items[n] = value;
            return;
        }
        if (key is PySlice s) { AssignSlice(s, value); return; }
        var index = key.Index();
        if (index != null) { SetItemCore(PyInt.FromLongClamped(index), value); return; }
        throw Ops.TypeError("list indices must be integers, not " + key.TypeName);
    }

    void AssignSlice(PySlice s, PyObject value)
    {
        PyObject[] src = ReferenceEquals(value, this) ? ToArray()
            : value is PyList l ? l.ToArray()
            : value is PyTuple t ? t.Items
            : IterableToArray(value, "can only assign an iterable");
        s.Indices(_count, out int start, out int stop, out int step, out int count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            ReplaceRange(start, stop - start, src);
            return;
        }
        if (src.Length != count)
            throw Ops.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {count}");
        for (int k = 0, j = start; k < count; k++, j += step) _items[j] = src[k];
    }

    static PyObject[] IterableToArray(PyObject value, string message)
    {
        try { return Ops.ToList(value).ToArray(); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.TypeError)) { throw Ops.TypeError(message); }
    }

    void ReplaceRange(int start, int removeCount, PyObject[] src)
    {
        int newCount = _count - removeCount + src.Length;
        var dst = newCount > _items.Length ? new PyObject[Math.Max(newCount, _items.Length * 2)] : _items;
        if (!ReferenceEquals(dst, _items)) Array.Copy(_items, 0, dst, 0, start);
        Array.Copy(_items, start + removeCount, dst, start + src.Length, _count - start - removeCount);
        Array.Copy(src, 0, dst, start, src.Length);
        for (int k = newCount; k < _count; k++) dst[k] = null;
        _items = dst;
        _count = newCount;
    }

    public void DeleteItemCore(PyObject key)
    {
        if (key is PyInt i)
        {
            long n = i.Value;
            if (n < 0) n += _count;
            if ((ulong)n >= (ulong)_count) throw Ops.IndexError("list assignment index out of range");
            RemoveAt((int)n);
            return;
        }
        if (key is PySlice s)
        {
            s.Indices(_count, out int start, out int stop, out int step, out int count);
            if (step == 1) { if (stop > start) ReplaceRange(start, stop - start, Array.Empty<PyObject>()); return; }
            if (count == 0) return;
            var keep = new List<PyObject>(_count - count);
            int next = start, removed = 0;
            for (int j = 0; j < _count; j++)
            {
                if (removed < count && j == next) { removed++; next += step; continue; }
                keep.Add(_items[j]);
            }
            if (step < 0)
            {
                // Negative steps visit indices downwards; collect the removed set instead.
                var gone = new HashSet<int>();
                for (int k = 0, j = start; k < count; k++, j += step) gone.Add(j);
                keep.Clear();
                for (int j = 0; j < _count; j++) if (!gone.Contains(j)) keep.Add(_items[j]);
            }
            var arr = keep.ToArray();
            _items = arr;
            _count = arr.Length;
            return;
        }
        var index = key.Index();
        if (index != null) { DeleteItemCore(PyInt.FromLongClamped(index)); return; }
        throw Ops.TypeError("list indices must be integers, not " + key.TypeName);
    }

    public override bool Contains(PyObject item)
    {
        for (int i = 0; i < _count; i++)
            if (ReferenceEquals(_items[i], item) || Ops.Eq(_items[i], item)) return true;
        return false;
    }

    public override PyObject Iter() => new PyListIterator(this);

    public override PyObject RichCompare(PyObject other, CompareOperator op) =>
        other is PyList l ? SequenceCompare.Compare(_items, _count, l._items, l._count, op) : null;

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add)
        {
            if (other is not PyList l) return null;
            var r = new PyObject[_count + l._count];
            Array.Copy(_items, r, _count);
            Array.Copy(l._items, 0, r, _count, l._count);
            return new PyList(r, r.Length);
        }
        if (op == BinaryOperator.Multiply) return Ops.SequenceRepeatOrNull(this, other, Repeat);
        return null;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Multiply ? Ops.SequenceRepeatOrNull(this, other, Repeat) : null;

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add) { Extend(other); return this; }
        if (op == BinaryOperator.Multiply)
        {
            var n = other.Index();
            if (n == null) return null;
            long times = Ops.IndexToLong(n);
            var src = ToArray();
            if (times <= 0) { Clear(); return this; }
            for (long k = 1; k < times; k++) foreach (var x in src) Append(x);
            return this;
        }
        return null;
    }

    PyObject Repeat(long n)
    {
        if (n <= 0 || _count == 0) return new PyList();
        var r = new PyObject[checked(_count * (int)n)];
        for (int k = 0; k < n; k++) Array.Copy(_items, 0, r, k * _count, _count);
        return new PyList(r, r.Length);
    }

    public override PyStr Repr()
    {
        if (_count == 0) return PyStr.FromString("[]");
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return PyStr.FromString("[...]");
        var sb = new ByteBuilder();
        sb.Append('[');
        for (int i = 0; i < _count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Ops.Repr(_items[i]));
        }
        sb.Append(']');
        return sb.ToPyStr();
    }

    // ---- sort ------------------------------------------------------------------------------

    /// <summary><c>list.sort(cmp=None, key=None, reverse=False)</c>: a stable merge sort; the list
    /// appears empty while sorting, and a mutation during the sort raises ValueError, as in CPython.</summary>
    public void Sort(PyObject cmp = null, PyObject key = null, bool reverse = false)
    {
        if (cmp is PyNone) cmp = null;
        if (key is PyNone) key = null;
        var items = _items;
        int n = _count;
        _items = Array.Empty<PyObject>();
        _count = 0;
        try
        {
            PyObject[] keys = items;
            if (key != null)
            {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) keys[i] = Ops.Call(key, items[i]);
            }
            Comparison<PyObject> less = cmp == null
                ? (a, b) => Ops.Less(a, b) ? -1 : 0
                : (a, b) => Ops.CmpResultFromCallable(Ops.Call(cmp, a, b)) < 0 ? -1 : 0;
            var order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            var tmp = new int[n];
            MergeSort(order, tmp, 0, n, keys, less, reverse);
            var sorted = new PyObject[Math.Max(n, items.Length)];
            for (int i = 0; i < n; i++) sorted[i] = items[order[i]];
            items = sorted;
        }
        finally
        {
            bool modified = _count != 0 || _items.Length != 0;
            _items = items;
            _count = n;
            if (modified) throw Ops.ValueError("list modified during sort");
        }
    }

    /// <summary>Stable merge sort of indices; "less" means strictly before.</summary>
    static void MergeSort(int[] a, int[] tmp, int lo, int hi, PyObject[] keys, Comparison<PyObject> less, bool reverse)
    {
        if (hi - lo < 2) return;
        if (hi - lo <= 8)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                int v = a[i], j = i - 1;
                while (j >= lo && Before(keys[v], keys[a[j]], less, reverse)) { a[j + 1] = a[j]; j--; }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        MergeSort(a, tmp, lo, mid, keys, less, reverse);
        MergeSort(a, tmp, mid, hi, keys, less, reverse);
        if (!Before(keys[a[mid]], keys[a[mid - 1]], less, reverse)) return;
        Array.Copy(a, lo, tmp, lo, hi - lo);
        int p = lo, q = mid, k = lo;
        while (p < mid && q < hi)
            a[k++] = Before(keys[tmp[q]], keys[tmp[p]], less, reverse) ? tmp[q++] : tmp[p++];
        while (p < mid) a[k++] = tmp[p++];
        while (q < hi) a[k++] = tmp[q++];
    }

    static bool Before(PyObject x, PyObject y, Comparison<PyObject> less, bool reverse) =>
        reverse ? less(y, x) < 0 : less(x, y) < 0;
}

/// <summary>The iterator of a list: sees appends made while iterating, as in CPython.</summary>
public sealed class PyListIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("listiterator", () => PyType.ObjectType, IteratorTypes.Populate);
    readonly PyList _list;
    int _index;
    bool _done;

    public PyListIterator(PyList list) { _list = list; }
    public override PyType Type => TypeObject;
    public override PyObject Iter() => this;

    public override PyObject Next()
    {
        if (_done) return null;
        if (_index < _list.Count) return _list[_index++];
        _done = true;
        return null;
    }
}

/// <summary>Iterator over any object with a length and integer indexing (str, unicode, tuple), and
/// the old-style <c>__getitem__</c> protocol when <c>len</c> is unknown.</summary>
public sealed class PySequenceIterator : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("iterator", () => PyType.ObjectType, IteratorTypes.Populate);
    PyObject _seq;
    long _index;

    public PySequenceIterator(PyObject seq) { _seq = seq; }
    public override PyType Type => TypeObject;
    public override PyObject Iter() => this;

    public override PyObject Next()
    {
        if (_seq == null) return null;
        switch (_seq)
        {
            case PyTuple t:
                if (_index < t.Count) return t[(int)_index++];
                break;
            case PyStr s:
                if (_index < s.Length) return PyStr.FromByte(s[(int)_index++]);
                break;
            case PyUnicode u:
                if (_index < u.Length) return PyUnicode.FromCodePoint(u.CodePointAt((int)_index++));
                break;
            default:
                try { return _seq.GetItem(PyInt.From(_index++)); }
                catch (PythonException e) when (e.Is(PyExceptionTypes.IndexError) || e.Is(PyExceptionTypes.StopIteration)) { }
                break;
        }
        _seq = null;
        return null;
    }
}
