using System;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Python 2 <c>long</c>: an arbitrary-precision integer; its repr ends in L.</summary>
public class PyLong : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("long", () => PyType.ObjectType, NumberTypes.PopulateLong);

    public readonly BigInteger Value;

    public PyLong(BigInteger value) { Value = value; }

    public override PyType Type => TypeObject;
    public override bool IsNumber => true;
    public override bool IsTrue() => !Value.IsZero;

    public override PyStr Repr() => PyStr.FromString(Value.ToString() + "L");
    public override PyStr Str() => PyStr.FromString(Value.ToString());

    /// <summary>CPython 2.7's long_hash: the absolute value folded modulo 2**64-1 over 30-bit digits.</summary>
    public override long Hash() => HashOf(Value);

    public static long HashOf(BigInteger v)
    {
        int sign = v.Sign;
        var abs = BigInteger.Abs(v);
        // Split into 30-bit digits, most significant first.
        int ndigits = abs.IsZero ? 0 : (int)((abs.GetBitLength() + 29) / 30);
        ulong x = 0;
        for (int i = ndigits - 1; i >= 0; i--)
        {
            ulong digit = (ulong)((abs >> (30 * i)) & 0x3FFFFFFF);
            x = (x >> (64 - 30)) | (x << 30);
            x = unchecked(x + digit);
            if (x < digit) x++;
        }
        if (sign < 0) x = unchecked((ulong)(-(long)x));
        long r = unchecked((long)x);
        return r == -1 ? -2 : r;
    }

    public override PyObject Index() => GetType() == typeof(PyLong) ? this : new PyLong(Value);
    public override PyObject ToInt() => PyInt.FromBig(Value);
    public override PyObject ToLong() => Index();
    public override PyObject ToFloat() => new PyFloat(LongArithmetic.ToDouble(Value));
    public override PyObject ToComplex() => new PyComplex(LongArithmetic.ToDouble(Value), 0);
    public override PyObject Oct() => PyStr.FromString(Value.IsZero ? "0L" : (Value.Sign < 0 ? "-0" : "0") + IntegerText.ToOctal(BigInteger.Abs(Value)) + "L");
    public override PyObject Hex() => PyStr.FromString((Value.Sign < 0 ? "-0x" : "0x") + IntegerText.ToHex(BigInteger.Abs(Value)) + "L");

    public override PyObject Negative() => new PyLong(-Value);
    public override PyObject Positive() => Index();
    public override PyObject Invert() => new PyLong(-Value - 1);
    public override PyObject Absolute() => new PyLong(BigInteger.Abs(Value));

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is PyLong l) return PyBool.From(Ops.CompareResult(Value.CompareTo(l.Value), op));
        if (other is PyInt i) return PyBool.From(Ops.CompareResult(Value.CompareTo((BigInteger)i.Value), op));
        return null;
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyLong l) return LongArithmetic.Apply(op, Value, l.Value);
        if (other is PyInt i) return LongArithmetic.Apply(op, Value, i.Value);
        return null;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyLong l) return LongArithmetic.Apply(op, l.Value, Value);
        if (other is PyInt i) return LongArithmetic.Apply(op, i.Value, Value);
        return null;
    }

    public override PyObject TernaryPower(PyObject exponent, PyObject modulus)
    {
        if ((exponent is PyInt || exponent is PyLong) && (modulus is PyInt || modulus is PyLong))
            return new PyLong(LongArithmetic.PowMod(Value, Ops.ToBigInteger(exponent), Ops.ToBigInteger(modulus)));
        return null;
    }
}

/// <summary>Python 2 long arithmetic (results stay long, as in CPython).</summary>
public static class LongArithmetic
{
    public static PyObject Apply(BinaryOperator op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyLong(a + b);
            case BinaryOperator.Subtract: return new PyLong(a - b);
            case BinaryOperator.Multiply: return new PyLong(a * b);
            case BinaryOperator.Divide:
            case BinaryOperator.FloorDivide:
                if (b.IsZero) throw Ops.ZeroDivisionError("long division or modulo by zero");
                return new PyLong(FloorDiv(a, b));
            case BinaryOperator.TrueDivide:
                if (b.IsZero) throw Ops.ZeroDivisionError("long division or modulo by zero");
                return TrueDivide(a, b);
            case BinaryOperator.Modulo:
                if (b.IsZero) throw Ops.ZeroDivisionError("long division or modulo by zero");
                return new PyLong(FloorMod(a, b));
            case BinaryOperator.Power:
                if (b.Sign < 0)
                {
                    if (a.IsZero) throw Ops.ZeroDivisionError("0.0 cannot be raised to a negative power");
                    return new PyFloat(Math.Pow(ToDouble(a), ToDouble(b)));
                }
                if (b > int.MaxValue) throw Ops.OverflowError("long int too large to convert to int");
                return new PyLong(BigInteger.Pow(a, (int)b));
            case BinaryOperator.LeftShift:
                if (b.Sign < 0) throw Ops.ValueError("negative shift count");
                if (b > int.MaxValue) throw Ops.OverflowError("outrageous left shift count");
                return new PyLong(a << (int)b);
            case BinaryOperator.RightShift:
                if (b.Sign < 0) throw Ops.ValueError("negative shift count");
                if (b > int.MaxValue) return new PyLong(a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero);
                return new PyLong(a >> (int)b);
            case BinaryOperator.And: return new PyLong(a & b);
            case BinaryOperator.Or: return new PyLong(a | b);
            case BinaryOperator.Xor: return new PyLong(a ^ b);
        }
        return null;
    }

    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && ((r.Sign < 0) != (b.Sign < 0))) q -= 1;
        return q;
    }

    public static BigInteger FloorMod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && ((r.Sign < 0) != (b.Sign < 0))) r += b;
        return r;
    }

    /// <summary>Correctly rounded a / b (CPython's long_true_divide); OverflowError when too large.</summary>
    public static PyObject TrueDivide(BigInteger a, BigInteger b)
    {
        const long Exact = 1L << 53;
        if (BigInteger.Abs(a) <= Exact && BigInteger.Abs(b) <= Exact) return new PyFloat((double)a / (double)b);
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a); b = BigInteger.Abs(b);
        // Scale so the quotient has 55+ significant bits, then round half to even on the last one.
        long shift = (long)a.GetBitLength() - (long)b.GetBitLength() - 55;
        BigInteger num = shift < 0 ? a << (int)-shift : a, den = shift > 0 ? b << (int)shift : b;
        var q = BigInteger.DivRem(num, den, out var rem);
        if (!rem.IsZero) q |= 1; // sticky bit keeps the rounding correct
        double d = ToDouble(q);
        double result = Math.ScaleB(d, (int)shift);
        if (double.IsInfinity(result)) throw Ops.OverflowError("integer division result too large for a float");
        return new PyFloat(negative ? -result : result);
    }

    /// <summary>BigInteger → double rounded half to even, as CPython's PyLong_AsDouble (.NET's explicit
    /// conversion truncates); OverflowError when too large.</summary>
    public static double ToDouble(BigInteger v)
    {
        if (v.IsZero) return 0.0;
        bool negative = v.Sign < 0;
        var a = BigInteger.Abs(v);
        long bits = (long)a.GetBitLength();
        double d;
        if (bits <= 63) d = (double)(long)a;   // hardware conversion rounds correctly
        else
        {
            int shift = (int)(bits - 54);          // keep 53 bits plus one rounding bit
            long top = (long)(a >> shift);
            bool sticky = !(a & ((BigInteger.One << shift) - 1)).IsZero;
            long mantissa = top >> 1;
            if ((top & 1) != 0 && (sticky || (mantissa & 1) != 0)) mantissa++;
            d = Math.ScaleB(mantissa, shift + 1);
        }
        if (double.IsInfinity(d)) throw Ops.OverflowError("long int too large to convert to float");
        return negative ? -d : d;
    }

    public static BigInteger PowMod(BigInteger a, BigInteger e, BigInteger m)
    {
        if (m.IsZero) throw Ops.ValueError("pow() 3rd argument cannot be 0");
        if (e.Sign < 0) throw Ops.TypeError("pow() 2nd argument cannot be negative when 3rd argument specified");
        var r = BigInteger.ModPow(a, e, BigInteger.Abs(m));
        if (!r.IsZero && (r.Sign < 0) != (m.Sign < 0)) r += m;
        return r;
    }
}
