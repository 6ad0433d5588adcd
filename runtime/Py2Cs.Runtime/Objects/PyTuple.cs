using System;
using System.Collections.Generic;
using System.Text;

namespace Py2Cs.Runtime;

/// <summary>Python <c>tuple</c>: an immutable array of objects.</summary>
public class PyTuple : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("tuple", () => PyType.ObjectType, SequenceTypes.PopulateTuple);
    public static readonly PyTuple Empty = new PyTuple(Array.Empty<PyObject>());

    internal readonly PyObject[] Items;

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    protected internal PyTuple(PyObject[] items) { Items = items; }

    public static PyTuple Create(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
    public static PyTuple Create(PyObject a) => new PyTuple(new[] { a });
    public static PyTuple Create(PyObject a, PyObject b) => new PyTuple(new[] { a, b });

    /// <summary>A tuple from any iterable (the <c>tuple(x)</c> constructor).</summary>
    public static PyTuple FromIterable(PyObject iterable)
    {
        if (iterable is PyTuple t && t.GetType() == typeof(PyTuple)) return t;
        if (iterable is PyList l) return Create(l.ToArray());
        return Create(Ops.ToList(iterable).ToArray());
    }

    public override PyType Type => TypeObject;
    public int Count => Items.Length;
    public PyObject this[int i] => Items[i];
    public ReadOnlySpan<PyObject> AsSpan() => Items;

    public override int Len() => Items.Length;
    public override bool IsTrue() => Items.Length != 0;

    /// <summary>CPython 2.7's tuplehash.</summary>
    public override long Hash()
    {
        long x = 0x345678;
        long mult = 1000003;
        int len = Items.Length;
        foreach (var item in Items)
        {
            long y = Ops.Hash(item);
            x = unchecked((x ^ y) * mult);
            len--;
            mult = unchecked(mult + 82520 + len + len);
        }
        x = unchecked(x + 97531);
        return x == -1 ? -2 : x;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            long n = i.Value;
            if (n < 0) n += Items.Length;
            if ((ulong)n >= (ulong)Items.Length) throw Ops.IndexError("tuple index out of range");
            return Items[n];
        }
        if (key is PySlice s)
        {
            s.Indices(Items.Length, out int start, out int stop, out int step, out int count);
            if (step == 1 && start == 0 && count == Items.Length && GetType() == typeof(PyTuple)) return this;
            var r = new PyObject[count];
            for (int k = 0, j = start; k < count; k++, j += step) r[k] = Items[j];
            return Create(r);
        }
        var index = key.Index();
        if (index != null) return GetItem(PyInt.FromLongClamped(index));
        throw Ops.TypeError("tuple indices must be integers, not " + key.TypeName);
    }

    public override bool Contains(PyObject item)
    {
        foreach (var x in Items) if (ReferenceEquals(x, item) || Ops.Eq(x, item)) return true;
        return false;
    }

    public override PyObject Iter() => new PySequenceIterator(this);

    public override PyObject RichCompare(PyObject other, CompareOperator op) =>
        other is PyTuple t ? SequenceCompare.Compare(Items, Items.Length, t.Items, t.Items.Length, op) : null;

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add)
        {
            if (other is not PyTuple t) return null;
            var r = new PyObject[Items.Length + t.Items.Length];
            Items.CopyTo(r, 0);
            t.Items.CopyTo(r, Items.Length);
            return Create(r);
        }
        if (op == BinaryOperator.Multiply) return Ops.SequenceRepeatOrNull(this, other, Repeat);
        return null;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        op == BinaryOperator.Multiply ? Ops.SequenceRepeatOrNull(this, other, Repeat) : null;

    PyObject Repeat(long n)
    {
        if (n <= 0) return Empty;
        if (n == 1 && GetType() == typeof(PyTuple)) return this;
        var r = new PyObject[checked(Items.Length * (int)n)];
        for (int k = 0; k < n; k++) Items.CopyTo(r, k * Items.Length);
        return Create(r);
    }

    public override PyStr Repr()
    {
        if (Items.Length == 0) return PyStr.FromString("()");
        using var guard = ReprGuard.Enter(this, out bool recursive);
        if (recursive) return PyStr.FromString("(...)");
        var sb = new ByteBuilder();
        sb.Append('(');
        for (int i = 0; i < Items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Ops.Repr(Items[i]));
        }
        if (Items.Length == 1) sb.Append(',');
        sb.Append(')');
        return sb.ToPyStr();
    }
}
