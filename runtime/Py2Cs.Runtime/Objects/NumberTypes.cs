using System;
using System.Globalization;
using System.Numerics;

namespace Py2Cs.Runtime;

/// <summary>Constructors and methods of int, bool, long, float and complex.</summary>
internal static class NumberTypes
{
    static PyObject IntFromObject(PyObject x, bool isLong)
    {
        string name = isLong ? "long" : "int";
        if (x is PyStr || x is PyUnicode) return IntegerText.Parse(Ops.StrValue(x), 10, isLong, x);
        var r = isLong ? x.ToLong() : x.ToInt();
        if (r == null)
        {
            var trunc = x.Type.Lookup("__trunc__");
            if (trunc != null) r = Ops.CallWithSelf(trunc, x);
        }
        if (r == null) throw Ops.TypeError($"{name}() argument must be a string or a number, not '{x.TypeName}'");
        if (isLong && r is PyInt ri) return new PyLong(ri.Value);
        if (r is not PyInt && r is not PyLong) throw Ops.TypeError($"__{name}__ returned non-{name} (type {r.TypeName})");
        return r;
    }

    static PyObject IntConstruct(PyType type, PyObject[] args, PyStr[] kw, bool isLong)
    {
        string name = isLong ? "long" : "int";
        var a = ArgumentParser.Parse(name, args, kw, 0, 2, "x", "base");
        PyObject value;
        if (a[0] == null) value = isLong ? new PyLong(0) : PyInt.Zero;
        else if (a[1] != null)
        {
            if (a[0] is not PyStr && a[0] is not PyUnicode) throw Ops.TypeError($"{name}() can't convert non-string with explicit base");
            value = IntegerText.Parse(Ops.StrValue(a[0]), Ops.ToInt32(a[1]), isLong, a[0]);
        }
        else value = IntFromObject(a[0], isLong);
        if (isLong)
        {
            var big = Ops.ToBigInteger(value);
            return type == PyLong.TypeObject ? (value is PyLong ? value : new PyLong(big)) : new PyLongSubclass(type, big);
        }
        if (type == PyInt.TypeObject) return value;
        if (value is PyLong) throw Ops.OverflowError("Python int too large to convert to C long");
        return new PyIntSubclass(type, ((PyInt)value).Value);
    }

    static void DefineIntegerMethods(PyType t)
    {
        t.DefMethod("conjugate", o => o.Index());
        t.DefMethod("bit_length", o => PyInt.From((long)BigInteger.Abs(Ops.ToBigInteger(o)).GetBitLength()));
        t.DefMethod("__trunc__", o => o.Index());
        t.DefMethod("__int__", o => o.ToInt());
        t.DefMethod("__long__", o => o.ToLong());
        t.DefMethod("__float__", o => o.ToFloat());
        t.DefMethod("__index__", o => o.Index());
        t.DefMethod("__hex__", o => o.Hex());
        t.DefMethod("__oct__", o => o.Oct());
        t.DefMethod("__getnewargs__", o => PyTuple.Create(o.Index()));
        t.DefMethod("__format__", (o, spec) => FormattingHooks.Format(o, spec));
        t.DefProperty("real", o => o.Index());
        t.DefProperty("imag", o => o is PyLong ? new PyLong(0) : PyInt.Zero);
        t.DefProperty("numerator", o => o.Index());
        t.DefProperty("denominator", o => o is PyLong ? new PyLong(1) : PyInt.One);
        DefineOperatorMethods(t);
    }

    /// <summary>Exposes the arithmetic protocol as <c>__add__</c>... so Python code (super calls,
    /// <c>int.__add__(a, b)</c>) can reach it.</summary>
    internal static void DefineOperatorMethods(PyType t)
    {
        foreach (BinaryOperator op in Enum.GetValues<BinaryOperator>())
        {
            var o = op;
            t.DefMethod(OperatorNames.Method(op).ToString(), (a, b) => a.BinaryOp(o, b) ?? PyNotImplemented.Value);
            t.DefMethod(OperatorNames.ReflectedMethod(op).ToString(), (a, b) => a.ReflectedBinaryOp(o, b) ?? PyNotImplemented.Value);
        }
        foreach (CompareOperator op in Enum.GetValues<CompareOperator>())
        {
            var o = op;
            t.DefMethod(OperatorNames.Method(op).ToString(), (a, b) => a.RichCompare(b, o) ?? PyNotImplemented.Value);
        }
        t.DefMethod("__neg__", a => a.Negative());
        t.DefMethod("__pos__", a => a.Positive());
        t.DefMethod("__abs__", a => a.Absolute());
        t.DefMethod("__nonzero__", a => PyBool.From(a.IsTrue()));
        t.DefMethod("__hash__", a => PyInt.From(a.Hash()));
        t.DefMethod("__repr__", a => a.Repr());
        t.DefMethod("__str__", a => a.Str());
        t.DefMethod("__divmod__", (a, b) => Ops.DivMod(a, b));
        t.DefMethod("__rdivmod__", (a, b) => Ops.DivMod(b, a));
    }

    public static void PopulateInt(PyType t)
    {
        t.Constructor = (type, args, kw) => IntConstruct(type, args, kw, false);
        t.Define("__doc__", PyStr.FromString("int(x=0) -> int or long"));
        DefineIntegerMethods(t);
        t.DefMethod("__invert__", a => a.Invert());
    }

    public static void PopulateBool(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("bool", args, kw, 0, 1, "x");
            return PyBool.From(a[0] != null && Ops.IsTrue(a[0]));
        };
    }

    public static void PopulateLong(PyType t)
    {
        t.Constructor = (type, args, kw) => IntConstruct(type, args, kw, true);
        DefineIntegerMethods(t);
        t.DefMethod("__invert__", a => a.Invert());
    }

    public static PyObject FloatFromObject(PyObject x)
    {
        if (x is PyFloat f) return f.GetType() == typeof(PyFloat) ? f : new PyFloat(f.Value);
        if (x is PyStr || x is PyUnicode) return new PyFloat(ParseFloat(Ops.StrValue(x), x));
        var r = x.ToFloat();
        if (r == null) throw Ops.TypeError("float() argument must be a string or a number");
        if (r is not PyFloat) throw Ops.TypeError("__float__ returned non-float (type " + r.TypeName + ")");
        return r;
    }

    /// <summary>float(text): Python accepts surrounding whitespace, inf/infinity/nan in any case.</summary>
    public static double ParseFloat(string text, PyObject original)
    {
        string s = text.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        string lower = s.ToLowerInvariant();
        string body = lower.TrimStart('+', '-');
        bool neg = lower.StartsWith("-");
        if (body == "inf" || body == "infinity") return neg ? double.NegativeInfinity : double.PositiveInfinity;
        if (body == "nan") return double.NaN;
        bool valid = s.Length > 0;
        foreach (char c in s)
            if (!(char.IsAsciiDigit(c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) { valid = false; break; }
        if (valid && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d)) return d;
        string shown = original is PyUnicode ? Ops.Repr(original).ToString() : text;
        throw Ops.ValueError("could not convert string to float: " + shown);
    }

    public static void PopulateFloat(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("float", args, kw, 0, 1, "x");
            var v = a[0] == null ? new PyFloat(0.0) : FloatFromObject(a[0]);
            return type == PyFloat.TypeObject ? v : new PyFloatSubclass(type, ((PyFloat)v).Value);
        };
        DefineOperatorMethods(t);
        t.DefMethod("is_integer", o => PyBool.From(!double.IsInfinity(((PyFloat)o).Value) && Math.Floor(((PyFloat)o).Value) == ((PyFloat)o).Value));
        t.DefMethod("conjugate", o => o.ToFloat());
        t.DefMethod("__trunc__", o => o.ToInt());
        t.DefMethod("__int__", o => o.ToInt());
        t.DefMethod("__long__", o => o.ToLong());
        t.DefMethod("__float__", o => o.ToFloat());
        t.DefMethod("__getnewargs__", o => PyTuple.Create(o.ToFloat()));
        t.DefMethod("__format__", (o, spec) => FormattingHooks.Format(o, spec));
        t.DefMethod("as_integer_ratio", o => AsIntegerRatio(((PyFloat)o).Value));
        t.DefMethod("hex", o => PyStr.FromString(FloatHex(((PyFloat)o).Value)));
        t.DefProperty("real", o => o.ToFloat());
        t.DefProperty("imag", o => new PyFloat(0.0));
    }

    static PyObject AsIntegerRatio(double v)
    {
        if (double.IsInfinity(v)) throw Ops.OverflowError("Cannot pass infinity to float.as_integer_ratio.");
        if (double.IsNaN(v)) throw Ops.ValueError("Cannot pass NaN to float.as_integer_ratio.");
        var (m, e) = PyFloat.Frexp(v);
        for (int i = 0; i < 300 && m != Math.Floor(m); i++) { m *= 2.0; e--; }
        BigInteger num = new BigInteger(m), den = BigInteger.One;
        if (e > 0) num <<= e; else den <<= -e;
        return PyTuple.Create(PyInt.FromBig(num), PyInt.FromBig(den));
    }

    static string FloatHex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        int exp = (int)((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        string lead = "1";
        if (exp == 0) { lead = "0"; exp = -1022; } else exp -= 1023;
        string frac = mant.ToString("x13").TrimEnd('0');
        if (frac.Length == 0) frac = "0";
        return $"{sign}0x{lead}.{frac}p{(exp >= 0 ? "+" : "")}{exp}";
    }

    const string UnsignedNumber = @"(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)";

    /// <summary>complex('1+2j'), with CPython's accepted forms (parentheses, j alone, surrounding blanks).</summary>
    static (double, double) ParseComplex(string text)
    {
        string s = text.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        if (s.StartsWith("(") && s.EndsWith(")")) s = s.Substring(1, s.Length - 2).Trim(' ', '\t', '\n', '\r', '\v', '\f');
        var opts = System.Text.RegularExpressions.RegexOptions.IgnoreCase;
        double Num(string n) => n is "" or "+" ? 1.0 : n == "-" ? -1.0 : ParseFloat(n, PyStr.FromString(n));
        var m = System.Text.RegularExpressions.Regex.Match(s, "^([+-]?" + UnsignedNumber + ")$", opts);
        if (m.Success) return (Num(m.Groups[1].Value), 0.0);
        m = System.Text.RegularExpressions.Regex.Match(s, "^([+-]?(?:" + UnsignedNumber + ")?)j$", opts);
        if (m.Success) return (0.0, Num(m.Groups[1].Value));
        m = System.Text.RegularExpressions.Regex.Match(s, "^([+-]?" + UnsignedNumber + ")([+-](?:" + UnsignedNumber + ")?)j$", opts);
        if (m.Success) return (Num(m.Groups[1].Value), Num(m.Groups[2].Value));
        throw Ops.ValueError("complex() arg is a malformed string");
    }

    public static void PopulateComplex(PyType t)
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("complex", args, kw, 0, 2, "real", "imag");
            double re = 0, im = 0;
            if (a[0] != null)
            {
                if (a[0] is PyComplex c) { re = c.Real; im = c.Imag; }
                else if (a[0] is PyStr || a[0] is PyUnicode)
                {
                    if (a[1] != null) throw Ops.TypeError("complex() can't take second arg if first is a string");
                    (re, im) = ParseComplex(Ops.StrValue(a[0]));
                }
                else if (!PyFloat.TryCoerce(a[0], out re))
                {
                    var f = a[0].ToComplex() ?? a[0].ToFloat() ?? throw Ops.TypeError("complex() argument must be a string or a number");
                    if (f is PyComplex fc) { re = fc.Real; im = fc.Imag; } else re = ((PyFloat)f).Value;
                }
            }
            if (a[1] != null)
            {
                if (a[1] is PyComplex c2) { re -= c2.Imag; im += c2.Real; }
                else if (PyFloat.TryCoerce(a[1], out double i2)) im += i2;
                else throw Ops.TypeError("complex() argument must be a string or a number");
            }
            return type == PyComplex.TypeObject ? new PyComplex(re, im) : new PyComplexSubclass(type, re, im);
        };
        DefineOperatorMethods(t);
        t.DefProperty("real", o => new PyFloat(((PyComplex)o).Real));
        t.DefProperty("imag", o => new PyFloat(((PyComplex)o).Imag));
        t.DefMethod("conjugate", o => new PyComplex(((PyComplex)o).Real, -((PyComplex)o).Imag));
    }
}
