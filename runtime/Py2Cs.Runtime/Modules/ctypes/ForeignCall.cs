using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>
/// Calling a C function from Python (CPython's _ctypes_callproc without libffi): each argument is
/// converted (argtypes' from_param, else the default conversions of ints, strings, unicode, None and
/// ctypes instances), classified for the System V x86-64 convention, placed in the universal shape of
/// <see cref="UniversalCall"/>, and the result is read back as the restype says.
/// </summary>
public static unsafe class ForeignCall
{
    /// <summary>ctypes' private copy of errno, swapped with the real one around calls of use_errno functions.</summary>
    [ThreadStatic] public static int PrivateErrno;

    static readonly PyStr FromParamName = PyStr.Intern("from_param"), AsParameter = PyStr.Intern("_as_parameter_");

    /// <summary>The argument value of a simple type's memory.</summary>
    public static ArgValue FromMemory(char code, nint p) => code switch
    {
        'f' => new ArgValue { Class = ArgClass.Float, Bits = *(uint*)p },
        'd' => new ArgValue { Class = ArgClass.Double, Bits = *(long*)p },
        'g' => new ArgValue { Class = ArgClass.Memory, Memory = new ReadOnlySpan<byte>((void*)p, 16).ToArray() },
        'b' or 'c' => ArgValue.Integer(*(sbyte*)p),
        'B' or '?' => ArgValue.Integer(*(byte*)p),
        'h' => ArgValue.Integer(*(short*)p),
        'H' => ArgValue.Integer(*(ushort*)p),
        'i' or 'u' => ArgValue.Integer(*(int*)p),
        'I' => ArgValue.Integer(*(uint*)p),
        _ => ArgValue.Integer(*(long*)p),
    };

    static ArgValue OfCData(CDataObject d) => d.Info.Kind switch
    {
        CKind.Simple => FromMemory(d.Info.Code, d.Address),
        CKind.Struct or CKind.Union => new ArgValue { Class = ArgClass.Memory, Memory = d.Bytes.ToArray(), Layout = d.Info },
        CKind.Array => ArgValue.Integer(d.Address),
        _ => ArgValue.Integer(*(long*)d.Address),
    };

    /// <summary>CPython's ConvParam: the default conversion of an argument without argtypes.</summary>
    public static ArgValue Convert(PyObject value, int index, List<object> keep)
    {
        switch (value)
        {
            case CArgObject a: keep.Add(a); return a.Value;
            case CDataObject d: keep.Add(d); return OfCData(d);
            case PyNone: return ArgValue.Integer(0);
            case PyInt i: return ArgValue.Integer((int)i.Value);
            case PyLong l:
                if (l.Value < long.MinValue || l.Value > ulong.MaxValue) throw Ops.OverflowError("long int too long to convert");
                return ArgValue.Integer((int)(long)(ulong)(l.Value & ulong.MaxValue));
            case PyStr s: { var b = NativeBlock.CopyTerminated(s.Bytes, 1); keep.Add(b); return ArgValue.Integer(b.Pointer); }
            case PyUnicode u: { var w = SimpleValues.WideCopy(u); keep.Add(w); return ArgValue.Integer(w.Pointer); }
        }
        var ap = Ops.GetAttrOrNull(value, AsParameter);
        if (ap != null) return Convert(ap, index, keep);
        throw Ops.TypeError($"Don't know how to convert parameter {index}");
    }

    static PythonException ArgumentError(int index, PythonException e) =>
        Ops.Error(CTypesTypes.ArgumentError, $"argument {index}: {Ops.Repr(e.Value.Type)}: {Ops.Str(e.Value)}");

    public static PyObject Invoke(CDataObject fn, PyObject[] args, PyStr[] kwNames)
    {
        if (kwNames != null && kwNames.Length > 0) throw Ops.TypeError("this function takes no keyword arguments");
        nint target = *(nint*)fn.Address;
        if (target == 0) throw Ops.ValueError("NULL pointer access");
        var info = fn.Info;
        var argtypesObject = FunctionPointer.ArgTypesOf(fn);
        var argtypes = argtypesObject == null || argtypesObject is PyNone ? null : argtypesObject as PyTuple ?? PyTuple.Create(Ops.ToList(argtypesObject).ToArray());
        var restype = FunctionPointer.RestTypeOf(fn);
        int required = argtypes?.Count ?? 0;
        if (argtypes != null)
        {
            string s = required == 1 ? "" : "s";
            if ((info.Flags & FunctionPointer.FlagCdecl) != 0)
            {
                if (required > args.Length) throw Ops.TypeError($"this function takes at least {required} argument{s} ({args.Length} given)");
            }
            else if (required != args.Length) throw Ops.TypeError($"this function takes {required} argument{s} ({args.Length} given)");
        }
        var keep = new List<object>();
        var values = new ArgValue[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            try
            {
                var v = args[i];
                if (argtypes != null && i < required) v = Ops.Call(Ops.GetAttr(argtypes[i], FromParamName), v);
                values[i] = Convert(v, i + 1, keep);
            }
            catch (PythonException e)
            {
                throw ArgumentError(i + 1, e);
            }
        }
        var state = FunctionPointer.State(fn);
        if (state.Target != target) { state.Entry = DynamicLibrary.VariadicSafeEntry(target); state.Target = target; }
        var result = CallAndConvert(state.Entry, values, restype, info.Flags);
        GC.KeepAlive(keep);
        GC.KeepAlive(fn);
        var errcheck = state.ErrCheck;
        if (errcheck != null) result = Ops.Call(errcheck, result, fn, PyTuple.Create(args));
        return result;
    }

    enum ReturnShape { Integer, Double, II, DD, ID, DI, Hidden }

    static ReturnShape ShapeOf(PyObject restype, out CTypeInfo info)
    {
        info = restype == null || restype is PyNone ? null : CTypeInfo.Find(restype);
        if (info == null) return ReturnShape.Integer;
        switch (info.Kind)
        {
            case CKind.Simple:
                if (info.Code == 'g') throw Ops.TypeError("long double return values are not supported");
                return info.Code is 'f' or 'd' ? ReturnShape.Double : ReturnShape.Integer;
            case CKind.Struct:
            case CKind.Union:
            {
                var classes = StructClassification.Classify(info);
                if (classes == null) return ReturnShape.Hidden;
                if (classes.Length == 1) return classes[0] == ArgClass.Integer ? ReturnShape.Integer : ReturnShape.Double;
                return (classes[0], classes[1]) switch
                {
                    (ArgClass.Integer, ArgClass.Integer) => ReturnShape.II,
                    (ArgClass.Double, ArgClass.Double) => ReturnShape.DD,
                    (ArgClass.Integer, _) => ReturnShape.ID,
                    _ => ReturnShape.DI,
                };
            }
        }
        return ReturnShape.Integer;
    }

    /// <summary>Calls <paramref name="entry"/> (a variadic-safe entry, see DynamicLibrary) with the values.</summary>
    static PyObject CallAndConvert(nint entry, ArgValue[] values, PyObject restype, int flags)
    {
        var shape = ShapeOf(restype, out var rinfo);
        long* ints = stackalloc long[UniversalCall.IntegerRegisters];
        double* sse = stackalloc double[UniversalCall.SseRegisters];
        long* stack = stackalloc long[UniversalCall.StackSlots];
        for (int k = 0; k < UniversalCall.IntegerRegisters; k++) ints[k] = 0;
        for (int k = 0; k < UniversalCall.SseRegisters; k++) sse[k] = 0;
        for (int k = 0; k < UniversalCall.StackSlots; k++) stack[k] = 0;
        int ni = 0, ns = 0, nst = 0;
        CDataObject hiddenResult = null;
        if (shape == ReturnShape.Hidden)
        {
            hiddenResult = new CDataObject((PyType)restype, rinfo);
            ints[ni++] = hiddenResult.Address;
        }
        void PushStack(long bits)
        {
            if (nst >= UniversalCall.StackSlots) throw Ops.TypeError($"too many arguments: more than {UniversalCall.StackSlots} stack slots are not supported");
            stack[nst++] = bits;
        }
        foreach (var v in values)
        {
            switch (v.Class)
            {
                case ArgClass.Integer:
                    if (ni < UniversalCall.IntegerRegisters) ints[ni++] = v.Bits; else PushStack(v.Bits);
                    break;
                case ArgClass.Double:
                case ArgClass.Float:
                    if (ns < UniversalCall.SseRegisters) sse[ns++] = BitConverter.Int64BitsToDouble(v.Bits); else PushStack(v.Bits);
                    break;
                case ArgClass.Memory:
                {
                    var classes = v.Layout != null ? StructClassification.Classify(v.Layout) : null;
                    var bytes = v.Memory;
                    int words = (bytes.Length + 7) / 8;
                    var padded = new byte[words * 8];
                    bytes.CopyTo(padded, 0);
                    if (classes != null)
                    {
                        int needI = 0, needS = 0;
                        foreach (var c in classes) if (c == ArgClass.Integer) needI++; else needS++;
                        if (ni + needI <= UniversalCall.IntegerRegisters && ns + needS <= UniversalCall.SseRegisters)
                        {
                            for (int w = 0; w < classes.Length; w++)
                            {
                                long bits = BitConverter.ToInt64(padded, w * 8);
                                if (classes[w] == ArgClass.Integer) ints[ni++] = bits; else sse[ns++] = BitConverter.Int64BitsToDouble(bits);
                            }
                            break;
                        }
                    }
                    int align = v.Layout?.Align ?? 16;
                    if (align >= 16 && nst % 2 == 1) PushStack(0);
                    for (int w = 0; w < words; w++) PushStack(BitConverter.ToInt64(padded, w * 8));
                    break;
                }
            }
        }

        // C stdio has its own stdout buffer; CPython 2 shares one FILE with print, so output keeps program
        // order. Flushing ours before and C's after each call keeps that order.
        SysModule.Stdout?.Flush();
        bool useErrno = (flags & FunctionPointer.FlagUseErrno) != 0;
        bool releaseGil = (flags & FunctionPointer.FlagPythonApi) == 0;
        long rax = 0, rdx = 0;
        double x0 = 0, x1 = 0;
        using (releaseGil ? Gil.Blocking() : default)
        {
            if (useErrno) Marshal.SetLastSystemError(PrivateErrno);
            switch (shape)
            {
                case ReturnShape.Integer:
                case ReturnShape.Hidden: rax = UniversalCall.Integer(entry, ints, sse, stack); break;
                case ReturnShape.Double: x0 = UniversalCall.Double(entry, ints, sse, stack); break;
                case ReturnShape.II: { var r = UniversalCall.II(entry, ints, sse, stack); rax = r.A; rdx = r.B; break; }
                case ReturnShape.DD: { var r = UniversalCall.DD(entry, ints, sse, stack); x0 = r.A; x1 = r.B; break; }
                case ReturnShape.ID: { var r = UniversalCall.ID(entry, ints, sse, stack); rax = r.A; x0 = r.B; break; }
                case ReturnShape.DI: { var r = UniversalCall.DI(entry, ints, sse, stack); x0 = r.A; rax = r.B; break; }
            }
            if (useErrno) PrivateErrno = Marshal.GetLastSystemError();
        }
        DynamicLibrary.FlushCStdio();

        if (restype is PyNone) return PyNone.None;
        if (rinfo == null)
        {
            if (restype == null) return PyInt.From((int)rax);
            return Ops.Call(restype, PyInt.From((int)rax));
        }
        var type = (PyType)restype;
        if (shape == ReturnShape.Hidden) return hiddenResult;
        var buffer = stackalloc long[2];
        switch (shape)
        {
            case ReturnShape.Integer: buffer[0] = rax; break;
            case ReturnShape.Double: buffer[0] = BitConverter.DoubleToInt64Bits(x0); break;
            case ReturnShape.II: buffer[0] = rax; buffer[1] = rdx; break;
            case ReturnShape.DD: buffer[0] = BitConverter.DoubleToInt64Bits(x0); buffer[1] = BitConverter.DoubleToInt64Bits(x1); break;
            case ReturnShape.ID: buffer[0] = rax; buffer[1] = BitConverter.DoubleToInt64Bits(x0); break;
            case ReturnShape.DI: buffer[0] = BitConverter.DoubleToInt64Bits(x0); buffer[1] = rax; break;
        }
        if (rinfo.Kind == CKind.Simple && CDataObject.IsDirectSimple(type)) return SimpleValues.Get(rinfo.Code, (nint)buffer);
        var result = new CDataObject(type, rinfo);
        new ReadOnlySpan<byte>(buffer, Math.Min(16, rinfo.Size)).CopyTo(result.Bytes);
        return result;
    }
}

/// <summary>System V x86-64 classification of a structure or union passed or returned by value: the
/// class of each eightbyte, or null when it travels in memory (over 16 bytes, long double, unaligned).</summary>
public static class StructClassification
{
    public static ArgClass[] Classify(CTypeInfo info)
    {
        if (info.Size > 16 || info.Size == 0) return null;
        var scalars = new List<(int Offset, int Size, bool Float)>();
        if (!Flatten(info, 0, scalars)) return null;
        var classes = new ArgClass[(info.Size + 7) / 8];
        for (int w = 0; w < classes.Length; w++) classes[w] = ArgClass.Double;
        bool[] used = new bool[classes.Length];
        foreach (var (offset, size, isFloat) in scalars)
        {
            if (size > 0 && offset % size != 0) return null;
            int w = offset / 8;
            used[w] = true;
            if (!isFloat) classes[w] = ArgClass.Integer;
        }
        for (int w = 0; w < classes.Length; w++) if (!used[w]) classes[w] = ArgClass.Integer;
        return classes;
    }

    static bool Flatten(CTypeInfo info, int baseOffset, List<(int, int, bool)> scalars)
    {
        switch (info.Kind)
        {
            case CKind.Simple:
                if (info.Code == 'g') return false;
                scalars.Add((baseOffset, info.Size, info.Code is 'f' or 'd'));
                return true;
            case CKind.Pointer:
            case CKind.Function:
                scalars.Add((baseOffset, 8, false));
                return true;
            case CKind.Array:
            {
                var item = CTypeInfo.Find(info.ItemType);
                for (int i = 0; i < info.Length; i++)
                    if (!Flatten(item, baseOffset + i * item.Size, scalars)) return false;
                return true;
            }
            default:
                foreach (var f in info.Fields)
                {
                    if (f.Bits != 0) { scalars.Add((baseOffset + f.Offset, f.Size, false)); continue; }
                    if (!Flatten(f.FieldInfo, baseOffset + f.Offset, scalars)) return false;
                }
                return true;
        }
    }
}
