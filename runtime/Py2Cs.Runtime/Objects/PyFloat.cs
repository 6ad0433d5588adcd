using System;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Python <c>float</c> (an IEEE double).</summary>
public class PyFloat : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("float", () => PyType.ObjectType, NumberTypes.PopulateFloat);

    public readonly double Value;

    public PyFloat(double value) { Value = value; }

    public override PyType Type => TypeObject;
    public override bool IsNumber => true;
    public override bool IsTrue() => Value != 0.0;

    /// <summary><c>repr(x)</c>: the shortest text that round-trips.</summary>
    public override PyStr Repr() => PyStr.FromString(FloatText.Repr(Value));

    /// <summary><c>str(x)</c>: <c>%.12g</c>.</summary>
    public override PyStr Str() => PyStr.FromString(FloatText.Str(Value));

    public override long Hash() => HashOf(Value);

    /// <summary>CPython 2.7's _Py_HashDouble: integral values hash like the equal int or long.</summary>
    public static long HashOf(double v)
    {
        if (double.IsNaN(v)) return 0;
        if (double.IsInfinity(v)) return v < 0 ? -271828 : 314159;
        double intpart = Math.Truncate(v);
        if (v == intpart)
        {
            if (intpart > long.MaxValue / 2 || -intpart > long.MaxValue / 2)
                return PyLong.HashOf(new BigInteger(intpart));
            long x = (long)intpart;
            return x == -1 ? -2 : x;
        }
        var (mantissa, expo) = Frexp(v);
        mantissa *= 2147483648.0;
        long hipart = (long)mantissa;
        mantissa = (mantissa - hipart) * 2147483648.0;
        long h = hipart + (long)mantissa + ((long)expo << 15);
        return h == -1 ? -2 : h;
    }

    /// <summary>C's frexp: v = m * 2**e with 0.5 ≤ |m| &lt; 1.</summary>
    public static (double, int) Frexp(double v)
    {
        if (v == 0 || double.IsNaN(v) || double.IsInfinity(v)) return (v, 0);
        int e = Math.ILogB(v) + 1;
        double m = Math.ScaleB(v, -e);
        return (m, e);
    }

    public override PyObject ToInt()
    {
        if (double.IsNaN(Value)) throw Ops.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(Value)) throw Ops.OverflowError("cannot convert float infinity to integer");
        double t = Math.Truncate(Value);
        if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18) return PyInt.From((long)t);
        return new PyLong(new BigInteger(t));
    }

    public override PyObject ToLong()
    {
        var r = ToInt();
        return r is PyInt i ? new PyLong(i.Value) : r;
    }

    public override PyObject ToFloat() => GetType() == typeof(PyFloat) ? this : new PyFloat(Value);
    public override PyObject ToComplex() => new PyComplex(Value, 0);

    public override PyObject Negative() => new PyFloat(-Value);
    public override PyObject Positive() => ToFloat();
    public override PyObject Absolute() => new PyFloat(Math.Abs(Value));

    /// <summary>The double value of an int, long or float operand; false for anything else.</summary>
    internal static bool TryCoerce(PyObject o, out double d)
    {
        switch (o)
        {
            case PyFloat f: d = f.Value; return true;
            case PyInt i: d = i.Value; return true;
            case PyLong l: d = LongArithmetic.ToDouble(l.Value); return true;
            default: d = 0; return false;
        }
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (other is PyFloat f) return PyBool.From(CompareDoubles(Value, f.Value, op));
        if (other is PyInt i)
        {
            // Exact comparison: a 64-bit int may not be representable as a double.
            if (Math.Abs(i.Value) < (1L << 53)) return PyBool.From(CompareDoubles(Value, i.Value, op));
            return CompareExact(new BigInteger(i.Value), op);
        }
        if (other is PyLong l) return CompareExact(l.Value, op);
        return null;
    }

    PyObject CompareExact(BigInteger other, CompareOperator op)
    {
        if (double.IsNaN(Value)) return PyBool.From(op == CompareOperator.NotEqual);
        if (double.IsInfinity(Value)) return PyBool.From(Ops.CompareResult(Value > 0 ? 1 : -1, op));
        double t = Math.Floor(Value);
        int c = new BigInteger(t).CompareTo(other);
        if (c == 0 && t != Value) c = 1;
        return PyBool.From(Ops.CompareResult(c, op));
    }

    static bool CompareDoubles(double a, double b, CompareOperator op) => op switch
    {
        CompareOperator.Less => a < b,
        CompareOperator.LessEqual => a <= b,
        CompareOperator.Equal => a == b,
        CompareOperator.NotEqual => a != b,
        CompareOperator.Greater => a > b,
        _ => a >= b,
    };

    public override PyObject BinaryOp(BinaryOperator op, PyObject other) =>
        TryCoerce(other, out double b) ? FloatArithmetic.Apply(op, Value, b) : null;

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        TryCoerce(other, out double a) ? FloatArithmetic.Apply(op, a, Value) : null;

    public override PyObject TernaryPower(PyObject exponent, PyObject modulus)
    {
        if (TryCoerce(exponent, out _) && TryCoerce(modulus, out _))
            throw Ops.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        return null;
    }
}

/// <summary>Float arithmetic with Python's sign rules and CPython's error messages.</summary>
public static class FloatArithmetic
{
    public static PyObject Apply(BinaryOperator op, double a, double b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyFloat(a + b);
            case BinaryOperator.Subtract: return new PyFloat(a - b);
            case BinaryOperator.Multiply: return new PyFloat(a * b);
            case BinaryOperator.Divide:
            case BinaryOperator.TrueDivide:
                if (b == 0.0) throw Ops.ZeroDivisionError("float division by zero");
                return new PyFloat(a / b);
            case BinaryOperator.FloorDivide:
                if (b == 0.0) throw Ops.ZeroDivisionError("float divmod()");
                return new PyFloat(DivMod(a, b).Item1);
            case BinaryOperator.Modulo:
                if (b == 0.0) throw Ops.ZeroDivisionError("float modulo");
                return new PyFloat(Mod(a, b));
            case BinaryOperator.Power: return new PyFloat(Power(a, b));
        }
        return null;
    }

    public static double Mod(double vx, double wx)
    {
        double mod = vx % wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) mod += wx;
        }
        else mod = Math.CopySign(0.0, wx);
        return mod;
    }

    /// <summary>CPython's float_divmod.</summary>
    public static (double, double) DivMod(double vx, double wx)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }

    /// <summary>CPython's float_pow.</summary>
    public static double Power(double iv, double iw)
    {
        if (iw == 0) return 1.0;
        if (double.IsNaN(iv)) return iw == 0 ? 1.0 : iv;
        if (double.IsNaN(iw)) return iv == 1.0 ? 1.0 : iw;
        if (iv == 0.0)
        {
            if (iw < 0.0) throw Ops.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return Math.Pow(iv, iw);
        }
        if (iv < 0.0 && iw != Math.Floor(iw) && !double.IsInfinity(iw))
            throw Ops.ValueError("negative number cannot be raised to a fractional power");
        double r = Math.Pow(iv, iw);
        if (double.IsInfinity(r) && !double.IsInfinity(iv) && !double.IsInfinity(iw))
            throw Ops.OverflowError("(34, 'Numerical result out of range')");
        return r;
    }
}
