using System;

namespace Py2Cs.Runtime;

/// <summary>Python <c>complex</c>.</summary>
public class PyComplex : PyObject
{
    public static readonly PyType TypeObject = PyType.Builtin("complex", () => PyType.ObjectType, NumberTypes.PopulateComplex);

    public readonly double Real, Imag;

    public PyComplex(double real, double imag) { Real = real; Imag = imag; }

    public override PyType Type => TypeObject;
    public override bool IsNumber => true;
    public override bool IsTrue() => Real != 0 || Imag != 0;

    /// <summary>CPython 2.7's complex_repr: "(r+ij)", or "ij" when the real part is +0.</summary>
    public override PyStr Repr()
    {
        if (Real == 0 && !double.IsNegative(Real)) return PyStr.FromString(Part(Imag) + "j");
        string im = Part(Imag);
        if (!im.StartsWith("-") ) im = "+" + im;
        return PyStr.FromString("(" + Part(Real) + im + "j)");
    }

    static string Part(double v)
    {
        string s = FloatText.Repr(v);
        if (s.EndsWith(".0")) s = s.Substring(0, s.Length - 2);
        return s;
    }

    public override long Hash()
    {
        long hr = PyFloat.HashOf(Real), hi = PyFloat.HashOf(Imag);
        long combined = unchecked(hr + 1000003 * hi);
        return combined == -1 ? -2 : combined;
    }

    public override PyObject Negative() => new PyComplex(-Real, -Imag);
    public override PyObject Positive() => new PyComplex(Real, Imag);
    public override PyObject Absolute() => new PyFloat(Math.Sqrt(Real * Real + Imag * Imag));
    public override PyObject ToComplex() => this;

    static bool TryCoerce(PyObject o, out double re, out double im)
    {
        if (o is PyComplex c) { re = c.Real; im = c.Imag; return true; }
        im = 0;
        return PyFloat.TryCoerce(o, out re);
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (!TryCoerce(other, out double re, out double im)) return null;
        if (op == CompareOperator.Equal) return PyBool.From(Real == re && Imag == im);
        if (op == CompareOperator.NotEqual) return PyBool.From(Real != re || Imag != im);
        throw Ops.TypeError("no ordering relation is defined for complex numbers");
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other) =>
        TryCoerce(other, out double re, out double im) ? Apply(op, Real, Imag, re, im) : null;

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) =>
        TryCoerce(other, out double re, out double im) ? Apply(op, re, im, Real, Imag) : null;

    static PyObject Apply(BinaryOperator op, double ar, double ai, double br, double bi)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyComplex(ar + br, ai + bi);
            case BinaryOperator.Subtract: return new PyComplex(ar - br, ai - bi);
            case BinaryOperator.Multiply: return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
            case BinaryOperator.Divide:
            case BinaryOperator.TrueDivide:
            {
                if (br == 0 && bi == 0) throw Ops.ZeroDivisionError("complex division by zero");
                var q = new System.Numerics.Complex(ar, ai) / new System.Numerics.Complex(br, bi);
                return new PyComplex(q.Real, q.Imaginary);
            }
            case BinaryOperator.Power:
            {
                if (br == 0 && bi == 0) return new PyComplex(1, 0);
                if (ar == 0 && ai == 0)
                {
                    if (bi != 0 || br < 0) throw Ops.ZeroDivisionError("0.0 to a negative or complex power");
                    return new PyComplex(0, 0);
                }
                var p = System.Numerics.Complex.Pow(new System.Numerics.Complex(ar, ai), new System.Numerics.Complex(br, bi));
                return new PyComplex(p.Real, p.Imaginary);
            }
            case BinaryOperator.FloorDivide:
            case BinaryOperator.Modulo:
                throw Ops.TypeError("can't take floor or mod of complex number.");
        }
        return null;
    }
}
