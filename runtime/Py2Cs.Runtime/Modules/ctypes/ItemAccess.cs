using System.Collections.Generic;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>Indexing and slicing of ctypes arrays (bounds-checked; slices of char arrays are strings).</summary>
public static unsafe class ArrayAccess
{
    public static PyObject GetItem(CDataObject a, PyObject key)
    {
        var info = a.Info;
        var itemInfo = CTypeInfo.Find(info.ItemType);
        if (key is PySlice slice)
        {
            slice.Indices(info.Length, out int start, out _, out int step, out int count);
            return Elements(info.ItemType, itemInfo, a.Address, start, step, count, a);
        }
        long i = Ops.IndexToLong(key);
        if (i < 0) i += info.Length;
        if (i < 0 || i >= info.Length) throw Ops.IndexError("invalid index");
        return CDataObject.Read(info.ItemType, itemInfo, a.Address + (nint)(i * itemInfo.Size), a);
    }

    /// <summary>count elements from start by step: a str for c_char, a unicode for c_wchar, else a list.</summary>
    public static PyObject Elements(PyType itemType, CTypeInfo itemInfo, nint address, long start, long step, int count, PyObject owner)
    {
        bool direct = itemInfo.Kind == CKind.Simple && CDataObject.IsDirectSimple(itemType);
        if (direct && itemInfo.Code == 'c')
        {
            var bytes = new byte[count];
            for (int k = 0; k < count; k++) bytes[k] = *(byte*)(address + (nint)(start + k * step));
            return PyStr.Wrap(bytes);
        }
        if (direct && itemInfo.Code == 'u')
        {
            var cps = new int[count];
            for (int k = 0; k < count; k++) cps[k] = *(int*)(address + (nint)((start + k * step) * 4));
            return PyUnicode.FromCodePoints(cps);
        }
        var items = new PyObject[count];
        for (int k = 0; k < count; k++)
            items[k] = CDataObject.Read(itemType, itemInfo, address + (nint)((start + k * step) * itemInfo.Size), owner);
        return PyList.FromArray(items);
    }

    public static void SetItem(CDataObject a, PyObject key, PyObject value)
    {
        var info = a.Info;
        var itemInfo = CTypeInfo.Find(info.ItemType);
        if (key is PySlice slice)
        {
            slice.Indices(info.Length, out int start, out _, out int step, out int count);
            if (value.Len() != count) throw Ops.ValueError("Can only assign sequence of same size");
            var values = Ops.ToList(value);
            for (int k = 0; k < count; k++)
            {
                long idx = start + k * step;
                a.KeepAlive(idx.ToString(), CDataObject.Write(info.ItemType, itemInfo, a.Address + (nint)(idx * itemInfo.Size), values[k]));
            }
            return;
        }
        long i = Ops.IndexToLong(key);
        if (i < 0) i += info.Length;
        if (i < 0 || i >= info.Length) throw Ops.IndexError("invalid index");
        a.KeepAlive(i.ToString(), CDataObject.Write(info.ItemType, itemInfo, a.Address + (nint)(i * itemInfo.Size), value));
    }
}

/// <summary>Indexing a pointer (p[i] reads the i-th element after the target; no bounds) and its
/// contents.</summary>
public static unsafe class PointerAccess
{
    public static nint Target(CDataObject p) => *(nint*)p.Address;

    static CTypeInfo ItemInfo(CDataObject p) =>
        p.Info.ItemType == null ? throw Ops.TypeError("Cannot create instance: has no _type_") : CTypeInfo.Find(p.Info.ItemType);

    public static PyObject GetItem(CDataObject p, PyObject key)
    {
        var itemInfo = ItemInfo(p);
        nint target = Target(p);
        if (key is PySlice slice)
        {
            long step = slice.Step == null || slice.Step is PyNone ? 1 : Ops.IndexToLong(slice.Step);
            if (step == 0) throw Ops.ValueError("slice step cannot be zero");
            if (slice.Stop == null || slice.Stop is PyNone) throw Ops.ValueError("slice stop is required");
            long start = slice.Start == null || slice.Start is PyNone ? (step > 0 ? 0 : throw Ops.ValueError("slice start is required for step < 0")) : Ops.IndexToLong(slice.Start);
            long stop = Ops.IndexToLong(slice.Stop);
            int count = step > 0 ? (int)System.Math.Max(0, (stop - start + step - 1) / step) : (int)System.Math.Max(0, (start - stop - step - 1) / -step);
            if (count > 0 && target == 0) throw Ops.ValueError("NULL pointer access");
            return ArrayAccess.Elements(p.Info.ItemType, itemInfo, target, start, step, count, p);
        }
        long i = Ops.IndexToLong(key);
        if (target == 0) throw Ops.ValueError("NULL pointer access");
        return CDataObject.Read(p.Info.ItemType, itemInfo, target + (nint)(i * itemInfo.Size), p);
    }

    public static void SetItem(CDataObject p, PyObject key, PyObject value)
    {
        var itemInfo = ItemInfo(p);
        long i = Ops.IndexToLong(key);
        nint target = Target(p);
        if (target == 0) throw Ops.ValueError("NULL pointer access");
        p.KeepAlive(i.ToString(), CDataObject.Write(p.Info.ItemType, itemInfo, target + (nint)(i * itemInfo.Size), value));
    }

    public static PyObject GetContents(CDataObject p)
    {
        var itemInfo = ItemInfo(p);
        nint target = Target(p);
        if (target == 0) throw Ops.ValueError("NULL pointer access");
        return new CDataObject(p.Info.ItemType, itemInfo, target, p);
    }

    public static void SetContents(CDataObject p, PyObject value)
    {
        if (value == null) throw Ops.TypeError("Pointer does not support item deletion");
        var target = p.Info.ItemType ?? throw Ops.TypeError("Cannot create instance: has no _type_");
        // As in CPython, only a value that is not a ctypes instance is type-checked.
        if (value is not CDataObject d)
            throw Ops.TypeError($"expected {target.Name} instead of {value.TypeName}");
        *(nint*)p.Address = d.Address;
        p.KeepAlive("1", d);
        p.KeepAlive("0", d);
    }
}
