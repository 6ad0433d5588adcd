using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>
/// A C function pointer that calls a Python callable (CFUNCTYPE(...)(f)). The entry point is a
/// delegate with the universal parameter shape of <see cref="UniversalCall"/>, marshalled once by
/// .NET into a native thunk; the arguments are picked from the integer and floating registers (and
/// the stack) as the argtypes say, converted to Python values, and the result is stored as the
/// restype. The delegate lives as long as the ctypes object that holds this thunk.
/// </summary>
public sealed unsafe class CallbackThunk
{
    readonly PyObject _callable;
    readonly PyObject[] _argtypes;
    readonly PyObject _restype;
    readonly Delegate _entry;
    public readonly nint Address;

    public CallbackThunk(PyObject callable, CTypeInfo info)
    {
        _callable = callable;
        _argtypes = info.ArgTypes is PyTuple t ? t.AsSpan().ToArray() : Array.Empty<PyObject>();
        foreach (var a in _argtypes)
            if (CTypeInfo.Find(a) is { Kind: CKind.Struct or CKind.Union })
                throw Ops.TypeError("structures passed by value to callbacks are not supported");
        _restype = info.RestType;
        var rinfo = _restype == null || _restype is PyNone ? null : CTypeInfo.Find(_restype);
        if (rinfo != null && rinfo.Kind != CKind.Simple && rinfo.Kind != CKind.Pointer)
            throw Ops.TypeError("invalid result type for callback function");
        if (rinfo != null && rinfo.Code is 'f' or 'd')
            _entry = new DoubleCallback((i0, i1, i2, i3, i4, i5, d0, d1, d2, d3, d4, d5, d6, d7, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15) =>
            {
                long* ints = stackalloc long[] { i0, i1, i2, i3, i4, i5 };
                double* sse = stackalloc double[] { d0, d1, d2, d3, d4, d5, d6, d7 };
                long* stack = stackalloc long[] { s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15 };
                return BitConverter.Int64BitsToDouble(Run(ints, sse, stack));
            });
        else
            _entry = new IntegerCallback((i0, i1, i2, i3, i4, i5, d0, d1, d2, d3, d4, d5, d6, d7, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15) =>
            {
                long* ints = stackalloc long[] { i0, i1, i2, i3, i4, i5 };
                double* sse = stackalloc double[] { d0, d1, d2, d3, d4, d5, d6, d7 };
                long* stack = stackalloc long[] { s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15 };
                return (nint)Run(ints, sse, stack);
            });
        Address = Marshal.GetFunctionPointerForDelegate(_entry);
    }

    /// <summary>Runs the Python callable with the GIL held; returns the result's register bits. An
    /// exception cannot cross the C frames: it is printed to stderr as CPython does, and the C caller
    /// gets 0.</summary>
    long Run(long* ints, double* sse, long* stack)
    {
        bool acquired = Gil.IsActive && !Gil.IsHeldByCurrentThread;
        if (acquired) Gil.Acquire();
        try
        {
            int ni = 0, ns = 0, nst = 0;
            var args = new PyObject[_argtypes.Length];
            var buffer = stackalloc long[2];
            for (int k = 0; k < _argtypes.Length; k++)
            {
                var type = (PyType)_argtypes[k];
                var info = CTypeInfo.Find(type);
                bool floating = info.Kind == CKind.Simple && info.Code is 'f' or 'd';
                long bits = floating
                    ? (ns < 8 ? BitConverter.DoubleToInt64Bits(sse[ns++]) : stack[nst++])
                    : (ni < 6 ? ints[ni++] : stack[nst++]);
                buffer[0] = bits;
                buffer[1] = 0;
                if (info.Kind == CKind.Simple && CDataObject.IsDirectSimple(type)) args[k] = SimpleValues.Get(info.Code, (nint)buffer);
                else
                {
                    var d = new CDataObject(type, info);
                    new ReadOnlySpan<byte>(buffer, Math.Min(info.Size, 16)).CopyTo(d.Bytes);
                    args[k] = d;
                }
            }
            var result = Ops.Call(_callable, args);
            var rinfo = _restype == null || _restype is PyNone ? null : CTypeInfo.Find(_restype);
            if (rinfo == null) return 0;
            buffer[0] = 0;
            buffer[1] = 0;
            if (result is CDataObject cd && Ops.IsInstance(cd, _restype))
                new ReadOnlySpan<byte>((void*)cd.Address, Math.Min(8, cd.Size)).CopyTo(new Span<byte>(buffer, 8));
            else
                SimpleValues.Set(rinfo.Kind == CKind.Simple ? rinfo.Code : 'P', (nint)buffer, result);
            if (rinfo.Kind == CKind.Simple && rinfo.Code == 'f') return BitConverter.SingleToInt32Bits(*(float*)buffer);
            if (rinfo.Kind == CKind.Simple && SimpleValues.IsSigned(rinfo.Code))
                return rinfo.Size switch { 1 => *(sbyte*)buffer, 2 => *(short*)buffer, 4 => *(int*)buffer, _ => buffer[0] };
            return buffer[0];
        }
        catch (PythonException e)
        {
            if (SysModule.Stderr is { } err) TracebackPrinter.Print(e, err);
            return 0;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine(e.Message);
            return 0;
        }
        finally
        {
            if (acquired) Gil.Release();
        }
    }
}
