using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.ForeignFunctions;

// Generated shapes (see docs/ctypes.md): one unmanaged function pointer signature per return class.
// In the System V x86-64 convention integer and floating arguments fill separate register files
// (rdi..r9, xmm0..7) in order, and the rest go on the stack in argument order; so 6 integer slots,
// 8 double slots and 16 stack slots reach any C function whose arguments fit, whatever their order.

[StructLayout(LayoutKind.Sequential)] public struct PairII { public long A, B; }
[StructLayout(LayoutKind.Sequential)] public struct PairDD { public double A, B; }
[StructLayout(LayoutKind.Sequential)] public struct PairID { public long A; public double B; }
[StructLayout(LayoutKind.Sequential)] public struct PairDI { public double A; public long B; }

public static unsafe class UniversalCall
{
    public const int IntegerRegisters = 6, SseRegisters = 8, StackSlots = 16;

    public static nint Integer(nint fn, long* i, double* d, long* s) =>
        ((delegate* unmanaged<nint, nint, nint, nint, nint, nint, double, double, double, double, double, double, double, double, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint>)fn)((nint)i[0], (nint)i[1], (nint)i[2], (nint)i[3], (nint)i[4], (nint)i[5], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], (nint)s[0], (nint)s[1], (nint)s[2], (nint)s[3], (nint)s[4], (nint)s[5], (nint)s[6], (nint)s[7], (nint)s[8], (nint)s[9], (nint)s[10], (nint)s[11], (nint)s[12], (nint)s[13], (nint)s[14], (nint)s[15]);

    public static double Double(nint fn, long* i, double* d, long* s) =>
        ((delegate* unmanaged<nint, nint, nint, nint, nint, nint, double, double, double, double, double, double, double, double, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, double>)fn)((nint)i[0], (nint)i[1], (nint)i[2], (nint)i[3], (nint)i[4], (nint)i[5], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], (nint)s[0], (nint)s[1], (nint)s[2], (nint)s[3], (nint)s[4], (nint)s[5], (nint)s[6], (nint)s[7], (nint)s[8], (nint)s[9], (nint)s[10], (nint)s[11], (nint)s[12], (nint)s[13], (nint)s[14], (nint)s[15]);

    public static PairII II(nint fn, long* i, double* d, long* s) =>
        ((delegate* unmanaged<nint, nint, nint, nint, nint, nint, double, double, double, double, double, double, double, double, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, PairII>)fn)((nint)i[0], (nint)i[1], (nint)i[2], (nint)i[3], (nint)i[4], (nint)i[5], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], (nint)s[0], (nint)s[1], (nint)s[2], (nint)s[3], (nint)s[4], (nint)s[5], (nint)s[6], (nint)s[7], (nint)s[8], (nint)s[9], (nint)s[10], (nint)s[11], (nint)s[12], (nint)s[13], (nint)s[14], (nint)s[15]);

    public static PairDD DD(nint fn, long* i, double* d, long* s) =>
        ((delegate* unmanaged<nint, nint, nint, nint, nint, nint, double, double, double, double, double, double, double, double, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, PairDD>)fn)((nint)i[0], (nint)i[1], (nint)i[2], (nint)i[3], (nint)i[4], (nint)i[5], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], (nint)s[0], (nint)s[1], (nint)s[2], (nint)s[3], (nint)s[4], (nint)s[5], (nint)s[6], (nint)s[7], (nint)s[8], (nint)s[9], (nint)s[10], (nint)s[11], (nint)s[12], (nint)s[13], (nint)s[14], (nint)s[15]);

    public static PairID ID(nint fn, long* i, double* d, long* s) =>
        ((delegate* unmanaged<nint, nint, nint, nint, nint, nint, double, double, double, double, double, double, double, double, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, PairID>)fn)((nint)i[0], (nint)i[1], (nint)i[2], (nint)i[3], (nint)i[4], (nint)i[5], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], (nint)s[0], (nint)s[1], (nint)s[2], (nint)s[3], (nint)s[4], (nint)s[5], (nint)s[6], (nint)s[7], (nint)s[8], (nint)s[9], (nint)s[10], (nint)s[11], (nint)s[12], (nint)s[13], (nint)s[14], (nint)s[15]);

    public static PairDI DI(nint fn, long* i, double* d, long* s) =>
        ((delegate* unmanaged<nint, nint, nint, nint, nint, nint, double, double, double, double, double, double, double, double, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, nint, PairDI>)fn)((nint)i[0], (nint)i[1], (nint)i[2], (nint)i[3], (nint)i[4], (nint)i[5], d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], (nint)s[0], (nint)s[1], (nint)s[2], (nint)s[3], (nint)s[4], (nint)s[5], (nint)s[6], (nint)s[7], (nint)s[8], (nint)s[9], (nint)s[10], (nint)s[11], (nint)s[12], (nint)s[13], (nint)s[14], (nint)s[15]);

}

/// <summary>The delegate shapes of callbacks (C calling Python): the same universal parameters.</summary>
[UnmanagedFunctionPointer(CallingConvention.Cdecl)]
public delegate nint IntegerCallback(nint i0, nint i1, nint i2, nint i3, nint i4, nint i5, double d0, double d1, double d2, double d3, double d4, double d5, double d6, double d7, nint s0, nint s1, nint s2, nint s3, nint s4, nint s5, nint s6, nint s7, nint s8, nint s9, nint s10, nint s11, nint s12, nint s13, nint s14, nint s15);

[UnmanagedFunctionPointer(CallingConvention.Cdecl)]
public delegate double DoubleCallback(nint i0, nint i1, nint i2, nint i3, nint i4, nint i5, double d0, double d1, double d2, double d3, double d4, double d5, double d6, double d7, nint s0, nint s1, nint s2, nint s3, nint s4, nint s5, nint s6, nint s7, nint s8, nint s9, nint s10, nint s11, nint s12, nint s13, nint s14, nint s15);
