using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>
/// Lays out a Structure or Union from its <c>_fields_</c> as CPython 2.7's stgdict.c/cfield.c do on
/// Linux (natural alignment, <c>_pack_</c>, GCC-style bit field packing, base-class fields first,
/// <c>_anonymous_</c> members lifted into the outer type), and installs one CField per field.
/// </summary>
public static class StructLayout
{
    /// <summary>Set while a class statement creates the type: TypeErrors then carry CPython's
    /// "Error when calling the metaclass bases" prefix.</summary>
    [ThreadStatic] public static bool InClassStatement;

    static PythonException MetaTypeError(string message) =>
        Ops.TypeError(InClassStatement ? "Error when calling the metaclass bases\n    " + message : message);

    public static CTypeInfo Complete(PyType type, PyObject fieldsObject)
    {
        var own = CTypeInfo.Own(type);
        bool isStruct = own.Kind == CKind.Struct;
        var baseInfo = type.Base != null ? CTypeInfo.Find(type.Base) : null;
        if (baseInfo != null && baseInfo.Kind != own.Kind) baseInfo = null;

        int pack = 0;
        if (type.Dict.GetStr("_pack_") is { } packObject)
        {
            long p = packObject is PyInt or PyLong ? Ops.IndexToLong(packObject) : -1;
            if (p < 0) throw Ops.ValueError("_pack_ must be a non-negative integer");
            pack = (int)p;
        }
        if (fieldsObject is PyStr || fieldsObject is PyUnicode || !IsSequence(fieldsObject))
            throw MetaTypeError("'_fields_' must be a sequence of pairs");
        var descs = Ops.ToList(fieldsObject);

        bool bigEndian = IsBigEndian(type);
        var fields = new List<CField>(baseInfo?.Fields ?? Array.Empty<CField>());
        int size = baseInfo?.Size ?? 0, offset = size, totalAlign = Math.Max(baseInfo?.Align ?? 1, 1), unionSize = 0;
        int fieldSize = 0, bitOffset = 0;
        for (int i = 0; i < descs.Count; i++)
        {
            var desc = descs[i];
            if (desc is not PyTuple t || t.Count < 2 || t.Count > 3 || t[0] is not PyStr && t[0] is not PyUnicode)
                throw Ops.AttributeError("'_fields_' must be a sequence of pairs");
            string name = Ops.StrValue(t[0]);
            var ftype = t[1] as PyType;
            var finfo = ftype == null ? null : CTypeInfo.Find(ftype);
            if (finfo == null) throw MetaTypeError($"second item in _fields_ tuple (index {i}) must be a C type");
            finfo.Final = true;
            int bits = 0;
            if (t.Count == 3)
            {
                bool intType = finfo.Kind == CKind.Simple && (SimpleValues.IsInteger(finfo.Code) || finfo.Code == 'c');
                if (!intType) throw MetaTypeError($"bit fields not allowed for type {ftype.Name}");
                long b = Ops.IndexToLong(t[2]);
                if (b <= 0 || b > finfo.Size * 8) throw Ops.ValueError("number of bits invalid for bit field");
                bits = (int)b;
            }
            if (!isStruct) { size = 0; offset = 0; fieldSize = 0; bitOffset = 0; }
            if (bigEndian && !(finfo.Kind is CKind.Simple or CKind.Struct or CKind.Union || finfo.Kind == CKind.Array && CTypeInfo.Find(finfo.ItemType).Size == 1))
                throw MetaTypeError($"This type does not support other endian: {ftype.Repr()}");
            var field = Place(name, ftype, finfo, fields.Count, bits, pack, bigEndian, ref fieldSize, ref bitOffset, ref size, ref offset, out int align);
            fields.Add(field);
            totalAlign = Math.Max(totalAlign, align);
            if (!isStruct) unionSize = Math.Max(unionSize, size);
        }
        if (!isStruct) size = Math.Max(unionSize, baseInfo?.Size ?? 0);
        size = (size + totalAlign - 1) / totalAlign * totalAlign;

        var info = own.Clone();
        info.Incomplete = false;
        info.Final = false;
        info.Size = size;
        info.Align = totalAlign;
        info.Fields = fields.ToArray();
        CTypeInfo.Attach(type, info);
        for (int i = baseInfo?.Fields.Length ?? 0; i < fields.Count; i++)
            type.Dict.SetStr(fields[i].Name, fields[i]);
        LiftAnonymous(type, info);
        PyType.InvalidateCaches();
        return info;
    }

    /// <summary>BigEndianStructure/BigEndianUnion subclasses store their fields most significant byte first.</summary>
    public static bool IsBigEndian(PyType t) =>
        t.IsSubtypeOf(CTypesTypes.BigEndianStructure) || t.IsSubtypeOf(CTypesTypes.BigEndianUnion);

    static bool IsSequence(PyObject o) => o is PyList || o is PyTuple || o.Type.Lookup("__getitem__") != null && o.Type.Lookup("__len__") != null;

    /// <summary>CPython's PyCField_FromDesc: places one field after the previous ones.</summary>
    static CField Place(string name, PyType ftype, CTypeInfo finfo, int index, int bitsize, int pack, bool bigEndian,
        ref int fieldSize, ref int bitOffset, ref int size, ref int offset, out int align)
    {
        int typeSize = finfo.Size;
        const int NoBitfield = 0, NewBitfield = 1, ContBitfield = 2, ExpandBitfield = 3;
        int kind;
        // GCC's rules as CPython 2.7 applies them (not MSVC's).
        if (bitsize != 0 && fieldSize != 0 && typeSize * 8 <= fieldSize && bitOffset + bitsize <= fieldSize) kind = ContBitfield;
        else if (bitsize != 0 && fieldSize != 0 && typeSize * 8 >= fieldSize && bitOffset + bitsize <= typeSize * 8) kind = ExpandBitfield;
        else if (bitsize != 0) { kind = NewBitfield; bitOffset = 0; fieldSize = typeSize * 8; }
        else { kind = NoBitfield; bitOffset = 0; fieldSize = 0; }

        int fieldOffset, shift = 0;
        align = 0;
        switch (kind)
        {
            case NewBitfield:
            case NoBitfield:
                if (kind == NewBitfield) { shift = bigEndian ? fieldSize - bitOffset - bitsize : bitOffset; bitOffset = bitsize; }
                align = pack != 0 ? Math.Min(pack, finfo.Align) : finfo.Align;
                if (align != 0 && offset % align != 0)
                {
                    int delta = align - offset % align;
                    size += delta;
                    offset += delta;
                }
                size += typeSize;
                fieldOffset = offset;
                offset += typeSize;
                break;
            case ExpandBitfield:
                offset += typeSize - fieldSize / 8;
                size += typeSize - fieldSize / 8;
                fieldSize = typeSize * 8;
                shift = bigEndian ? fieldSize - bitOffset - bitsize : bitOffset;
                fieldOffset = offset - typeSize;
                bitOffset += bitsize;
                break;
            default:
                shift = bigEndian ? fieldSize - bitOffset - bitsize : bitOffset;
                fieldOffset = offset - typeSize;
                bitOffset += bitsize;
                break;
        }
        return new CField(name, ftype, finfo, index, fieldOffset, typeSize, bitsize, shift) { Swapped = bigEndian && finfo.Kind == CKind.Simple && finfo.Size > 1 };
    }

    /// <summary>_anonymous_: the fields of the named members become fields of the outer type.</summary>
    static void LiftAnonymous(PyType type, CTypeInfo info)
    {
        if (type.Dict.GetStr("_anonymous_") is not { } anon) return;
        foreach (var n in Ops.ToList(anon))
        {
            string name = Ops.StrValue(n);
            CField member = null;
            foreach (var f in info.Fields) if (f.Name == name) member = f;
            if (member == null) throw Ops.AttributeError($"'{name}' is specified in _anonymous_ but not in _fields_");
            if (member.FieldInfo.Kind is not (CKind.Struct or CKind.Union))
                throw Ops.TypeError($"anonymous field must be a structure or union");
            foreach (var inner in member.FieldInfo.Fields)
                type.Dict.SetStr(inner.Name, inner.Shifted(member.Offset));
        }
    }
}

/// <summary>A structure or union field: a data descriptor reading and writing the instance's memory.</summary>
public sealed class CField : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("CField", () => PyType.ObjectType, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("_ctypes"));
        t.DefProperty("offset", s => PyInt.From(((CField)s).Offset));
        t.DefProperty("size", s => PyInt.From(((CField)s).ReportedSize));
    });

    public readonly string Name;
    public readonly PyType FieldType;
    public readonly CTypeInfo FieldInfo;
    public readonly int Index, Offset, Size, Bits, Shift;

    public CField(string name, PyType type, CTypeInfo info, int index, int offset, int size, int bits, int shift)
    {
        Name = name; FieldType = type; FieldInfo = info; Index = index; Offset = offset; Size = size; Bits = bits; Shift = shift;
    }

    /// <summary>A field of a big-endian structure: its bytes are reversed on the way in and out.</summary>
    public bool Swapped;

    public CField Shifted(int by) => new(Name, FieldType, FieldInfo, Index, Offset + by, Size, Bits, Shift) { Swapped = Swapped };

    /// <summary>CPython stores (bits &lt;&lt; 16) + bit offset in a bit field's size.</summary>
    int ReportedSize => Bits != 0 ? (Bits << 16) + Shift : Size;

    public override PyType Type => TypeObject;
    public override bool IsDescriptor => true;
    public override bool IsDataDescriptor => true;

    public override PyStr Repr() => PyStr.FromString(Bits != 0
        ? $"<Field type={TypeName}, ofs={Offset}:{Shift}, bits={Bits}>"
        : $"<Field type={TypeName}, ofs={Offset}, size={Size}>");

    // CPython's big-endian structures hold swapped types named with a _be suffix.
    string TypeName => Swapped ? FieldType.Name + "_be" : FieldType.Name;

    bool IsCharArray(char code) => FieldInfo.Kind == CKind.Array && CTypeInfo.Find(FieldInfo.ItemType) is { Kind: CKind.Simple } ii
        && ii.Code == code && CDataObject.IsDirectSimple(FieldInfo.ItemType);

    public override PyObject DescriptorGet(PyObject instance, PyType owner)
    {
        if (instance == null || instance is PyNone) return this;
        var d = instance as CDataObject ?? throw Ops.TypeError("not a ctype instance");
        nint address = d.Address + Offset;
        if (Swapped) return GetSwapped(address);
        if (Bits != 0) return SimpleValues.GetBits(FieldInfo.Code, address, Shift, Bits);
        if (IsCharArray('c')) return CharArrays.GetString(address, FieldInfo.Length);
        if (IsCharArray('u')) return CharArrays.GetWideString(address, FieldInfo.Length);
        return CDataObject.Read(FieldType, FieldInfo, address, d);
    }

    public override void DescriptorSet(PyObject instance, PyObject value)
    {
        var d = instance as CDataObject ?? throw Ops.TypeError("not a ctype instance");
        nint address = d.Address + Offset;
        if (Swapped) { SetSwapped(address, value); return; }
        if (Bits != 0) { SimpleValues.SetBits(FieldInfo.Code, address, Shift, Bits, value); return; }
        if (IsCharArray('c') && value is PyStr s) { CharArrays.SetString(address, FieldInfo.Length, s); return; }
        if (IsCharArray('u') && value is PyUnicode or PyStr) { CharArrays.SetWideString(address, FieldInfo.Length, value); return; }
        d.KeepAlive(Index.ToString(), CDataObject.Write(FieldType, FieldInfo, address, value));
    }

    public override void DescriptorDelete(PyObject instance) => throw Ops.TypeError("can't delete attribute");

    unsafe PyObject GetSwapped(nint address)
    {
        var buffer = stackalloc byte[16];
        var span = new Span<byte>(buffer, 16);
        span.Clear();
        new ReadOnlySpan<byte>((void*)address, Size).CopyTo(span);
        span[..Size].Reverse();
        return Bits != 0 ? SimpleValues.GetBits(FieldInfo.Code, (nint)buffer, Shift, Bits) : SimpleValues.Get(FieldInfo.Code, (nint)buffer);
    }

    unsafe void SetSwapped(nint address, PyObject value)
    {
        var buffer = stackalloc byte[16];
        var span = new Span<byte>(buffer, 16);
        span.Clear();
        new ReadOnlySpan<byte>((void*)address, Size).CopyTo(span);
        span[..Size].Reverse();
        if (Bits != 0) SimpleValues.SetBits(FieldInfo.Code, (nint)buffer, Shift, Bits, value);
        else SimpleValues.Set(FieldInfo.Code, (nint)buffer, value);
        span[..Size].Reverse();
        span[..Size].CopyTo(new Span<byte>((void*)address, Size));
    }
}

/// <summary>The string views of char and wchar_t arrays (.value of an array, a char[N] field).</summary>
public static unsafe class CharArrays
{
    public static PyStr GetString(nint address, int length)
    {
        var span = new ReadOnlySpan<byte>((void*)address, length);
        int n = span.IndexOf((byte)0);
        return PyStr.FromBytes(n < 0 ? span : span[..n]);
    }

    public static PyUnicode GetWideString(nint address, int length)
    {
        var span = new ReadOnlySpan<int>((void*)address, length);
        int n = span.IndexOf(0);
        return PyUnicode.FromCodePoints(n < 0 ? span : span[..n]);
    }

    public static void SetString(nint address, int length, PyStr s)
    {
        if (s.Length > length) throw Ops.ValueError($"string too long ({s.Length}, maximum length {length})");
        s.Bytes.CopyTo(new Span<byte>((void*)address, length));
        if (s.Length < length) *(byte*)(address + s.Length) = 0;
    }

    public static void SetWideString(nint address, int length, PyObject value)
    {
        var u = value is PyStr bs ? PyUnicode.FromStr(bs) : (PyUnicode)value;
        if (u.Length > length) throw Ops.ValueError($"string too long ({u.Length}, maximum length {length})");
        int* w = (int*)address;
        for (int i = 0; i < u.Length; i++) w[i] = u.CodePointAt(i);
        if (u.Length < length) w[u.Length] = 0;
    }
}
