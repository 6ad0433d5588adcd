using System;
using System.Globalization;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>
/// Python 2 <c>int</c>: a 64-bit signed value (a C long on 64-bit Linux). Results that overflow are
/// promoted to <see cref="PyLong"/>, as CPython does. Values −5..256 are cached.
/// </summary>
public class PyInt : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("int", () => PyType.ObjectType, NumberTypes.PopulateInt);

    const int SmallMin = -5, SmallMax = 256;
    static readonly PyInt[] Small = MakeSmall();

    public readonly long Value;

    protected internal PyInt(long value) { Value = value; }

    static PyInt[] MakeSmall()
    {
        var a = new PyInt[SmallMax - SmallMin + 1];
        for (int i = 0; i < a.Length; i++) a[i] = new PyInt(i + SmallMin);
        return a;
    }

    public static PyInt From(long v) => v >= SmallMin && v <= SmallMax ? Small[v - SmallMin] : new PyInt(v);
    public static PyInt From(int v) => v >= SmallMin && v <= SmallMax ? Small[v - SmallMin] : new PyInt(v);

    public static readonly PyInt Zero = From(0), One = From(1), MinusOne = From(-1);

    /// <summary>An int when the value fits in 64 bits, else a long (Python 2's int results).</summary>
    public static PyObject FromBig(BigInteger v) =>
        v >= long.MinValue && v <= long.MaxValue ? From((long)v) : new PyLong(v);

    /// <summary>An index value from an int or long, clamped to the 64-bit range (CPython's
    /// PyNumber_AsSsize_t with clipping, used for slice bounds).</summary>
    public static PyInt FromLongClamped(PyObject indexValue)
    {
        if (indexValue is PyInt i) return i;
        var b = ((PyLong)indexValue).Value;
        return From(b > long.MaxValue ? long.MaxValue : b < long.MinValue ? long.MinValue : (long)b);
    }

    public override PyType Type => TypeObject;
    public override bool IsNumber => true;

    public override long Hash() => Value == -1 ? -2 : Value;
    public override bool IsTrue() => Value != 0;
    public override PyStr Repr() => PyStr.FromString(Value.ToString(CultureInfo.InvariantCulture));
    public override PyObject Index() => GetType() == typeof(PyInt) ? this : From(Value);
    public override PyObject ToInt() => Index();
    public override PyObject ToLong() => new PyLong(Value);
    public override PyObject ToFloat() => new PyFloat(Value);
    public override PyObject ToComplex() => new PyComplex(Value, 0);

    public override PyObject Oct() => PyStr.FromString(Value == 0 ? "0" : (Value < 0 ? "-0" : "0") + IntegerText.ToOctal(BigInteger.Abs(Value)));
    public override PyObject Hex() => PyStr.FromString((Value < 0 ? "-0x" : "0x") + BigInteger.Abs(Value).ToString("x").TrimStart('0').PadLeft(1, '0'));

    public override PyObject Negative() => Value == long.MinValue ? new PyLong(-(BigInteger)Value) : From(-Value);
    public override PyObject Positive() => Index();
    public override PyObject Invert() => From(~Value);
    public override PyObject Absolute() => Value >= 0 ? Index() : Negative();

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is PyInt o) return PyBool.From(Ops.CompareResult(Value.CompareTo(o.Value), op));
        if (other is PyLong l) return PyBool.From(Ops.CompareResult(((BigInteger)Value).CompareTo(l.Value), op));
        return null;
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyInt o) return IntArithmetic.Apply(op, Value, o.Value);
        if (other is PyLong l) return LongArithmetic.Apply(op, Value, l.Value);
        return null;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyInt o) return IntArithmetic.Apply(op, o.Value, Value);
        if (other is PyLong l) return LongArithmetic.Apply(op, l.Value, Value);
        return null;
    }

    public override PyObject TernaryPower(PyObject exponent, PyObject modulus)
    {
        if ((exponent is PyInt || exponent is PyLong) && (modulus is PyInt || modulus is PyLong))
        {
            var r = LongArithmetic.PowMod(Value, Ops.ToBigInteger(exponent), Ops.ToBigInteger(modulus));
            return exponent is PyLong || modulus is PyLong ? new PyLong(r) : FromBig(r);
        }
        return null;
    }
}

/// <summary>Python 2 int arithmetic on 64-bit values with CPython's overflow promotion and sign rules.</summary>
public static class IntArithmetic
{
    public static PyObject Apply(BinaryOperator op, long a, long b)
    {
        switch (op)
        {
            case BinaryOperator.Add:
            {
                long r = unchecked(a + b);
                if (((a ^ r) & (b ^ r)) < 0) return new PyLong((BigInteger)a + b);
                return PyInt.From(r);
            }
            case BinaryOperator.Subtract:
            {
                long r = unchecked(a - b);
                if (((a ^ r) & (~b ^ r)) < 0) return new PyLong((BigInteger)a - b);
                return PyInt.From(r);
            }
            case BinaryOperator.Multiply:
            {
                long r;
                try { r = checked(a * b); }
                catch (OverflowException) { return new PyLong((BigInteger)a * b); }
                return PyInt.From(r);
            }
            case BinaryOperator.Divide:
            case BinaryOperator.FloorDivide:
                if (b == 0) throw Ops.ZeroDivisionError("integer division or modulo by zero");
                if (a == long.MinValue && b == -1) return new PyLong(-(BigInteger)a);
                return PyInt.From(FloorDiv(a, b));
            case BinaryOperator.TrueDivide:
                if (b == 0) throw Ops.ZeroDivisionError("integer division or modulo by zero");
                return LongArithmetic.TrueDivide(a, b);
            case BinaryOperator.Modulo:
                if (b == 0) throw Ops.ZeroDivisionError("integer division or modulo by zero");
                if (b == -1) return PyInt.Zero;
                return PyInt.From(FloorMod(a, b));
            case BinaryOperator.Power:
                if (b < 0)
                {
                    if (a == 0) throw Ops.ZeroDivisionError("0.0 cannot be raised to a negative power");
                    return new PyFloat(Math.Pow(a, b));
                }
                return Power(a, b);
            case BinaryOperator.LeftShift:
                if (b < 0) throw Ops.ValueError("negative shift count");
                if (a == 0) return PyInt.Zero;
                if (b >= 64) return new PyLong((BigInteger)a << (int)Math.Min(b, int.MaxValue));
                {
                    long r = a << (int)b;
                    if (r >> (int)b != a) return new PyLong((BigInteger)a << (int)b);
                    return PyInt.From(r);
                }
            case BinaryOperator.RightShift:
                if (b < 0) throw Ops.ValueError("negative shift count");
                return PyInt.From(b >= 64 ? (a < 0 ? -1 : 0) : a >> (int)b);
            case BinaryOperator.And: return PyInt.From(a & b);
            case BinaryOperator.Or: return PyInt.From(a | b);
            case BinaryOperator.Xor: return PyInt.From(a ^ b);
        }
        return null;
    }

    public static long FloorDiv(long a, long b)
    {
        long q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        return q;
    }

    public static long FloorMod(long a, long b)
    {
        long m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) m += b;
        return m;
    }

    static PyObject Power(long a, long b)
    {
        long result = 1, x = a;
        long e = b;
        try
        {
            checked
            {
                while (e > 0)
                {
                    if ((e & 1) != 0) result *= x;
                    e >>= 1;
                    if (e > 0) x *= x;
                }
            }
        }
        catch (OverflowException)
        {
            return new PyLong(BigInteger.Pow(a, (int)Math.Min(b, int.MaxValue)));
        }
        return PyInt.From(result);
    }
}
