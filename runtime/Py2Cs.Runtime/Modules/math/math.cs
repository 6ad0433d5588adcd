#pragma warning disable CS8981 // the module class is named as in Python
using System;
using System.Numerics;
using Py2Cs.Runtime.Modules.math;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>math</c> module of Python 2.7: the C library's functions with mathmodule.c's special
    /// cases and errors ("math domain error", "math range error").
    /// </summary>
    [PythonModule("math")]
    public static class math
    {
        public static readonly PyObject pi = new PyFloat(Math.PI);
        public static readonly PyObject e = new PyFloat(Math.E);

        /// <summary>PyFloat_AsDouble.</summary>
        private static double D(PyObject o)
        {
            if (o is PyFloat f) return f.Value;
            if (o is PyInt i) return i.Value;
            if (o is PyStr || o is PyUnicode) throw Ops.TypeError("a float is required");
            PyObject r = o.ToFloat() ?? throw Ops.TypeError("a float is required");
            return ((PyFloat)r).Value;
        }

        private static PyObject F(double d) => new PyFloat(d);

        private static PythonException DomainError() => Ops.ValueError("math domain error");
        private static PythonException RangeError() => Ops.OverflowError("math range error");

        /// <summary>math_1: a NaN from a non-NaN is a domain error, an infinity from a finite value a range (or domain) error.</summary>
        private static PyObject One(PyObject arg, Func<double, double> func, bool canOverflow)
        {
            double x = D(arg);
            double r = func(x);
            if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
            if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
            return F(r);
        }

        /// <summary>math_2 for two-argument functions.</summary>
        private static PyObject Two(PyObject a, PyObject b, Func<double, double, double> func)
        {
            double x = D(a), y = D(b);
            double r = func(x, y);
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
            if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw RangeError();
            return F(r);
        }

        public static PyObject acos(PyObject x) => One(x, Math.Acos, false);
        public static PyObject acosh(PyObject x) => One(x, Libm.acosh, false);
        public static PyObject asin(PyObject x) => One(x, Math.Asin, false);
        public static PyObject asinh(PyObject x) => One(x, Libm.asinh, false);
        public static PyObject atan(PyObject x) => One(x, Math.Atan, false);
        public static PyObject atanh(PyObject x) => One(x, Libm.atanh, false);
        public static PyObject cos(PyObject x) => One(x, Math.Cos, false);
        public static PyObject cosh(PyObject x) => One(x, Math.Cosh, true);
        public static PyObject sin(PyObject x) => One(x, Math.Sin, false);
        public static PyObject sinh(PyObject x) => One(x, Math.Sinh, true);
        public static PyObject tan(PyObject x) => One(x, Math.Tan, false);
        public static PyObject tanh(PyObject x) => One(x, Math.Tanh, false);
        public static PyObject exp(PyObject x) => One(x, Math.Exp, true);
        public static PyObject expm1(PyObject x) => One(x, Libm.expm1, true);
        public static PyObject fabs(PyObject x) => One(x, Math.Abs, false);
        public static PyObject floor(PyObject x) => One(x, Math.Floor, false);
        public static PyObject ceil(PyObject x) => One(x, Math.Ceiling, false);
        public static PyObject sqrt(PyObject x) => One(x, Math.Sqrt, false);
        public static PyObject erf(PyObject x) => One(x, ErrorFunction.Erf, false);
        public static PyObject erfc(PyObject x) => One(x, ErrorFunction.Erfc, false);

        public static PyObject log1p(PyObject x) => One(x, Libm.log1p, true);

        public static PyObject gamma(PyObject x)
        {
            double v = D(x);
            if (double.IsNaN(v)) return F(v);
            if (double.IsInfinity(v)) { if (v > 0) return F(v); throw DomainError(); }
            if (v == Math.Floor(v) && v <= 0) throw DomainError();
            double r = Libm.tgamma(v);
            if (double.IsInfinity(r)) throw RangeError();
            return F(r);
        }

        public static PyObject lgamma(PyObject x)
        {
            double v = D(x);
            if (double.IsNaN(v)) return F(v);
            if (double.IsInfinity(v)) return F(double.PositiveInfinity);
            if (v == Math.Floor(v) && v <= 2)
            {
                if (v <= 0) throw DomainError();
                return F(0.0);
            }
            double r = Libm.lgamma(v);
            if (double.IsInfinity(r)) throw RangeError();
            return F(r);
        }

        public static PyObject atan2(PyObject y, PyObject x) => Two(y, x, Math.Atan2);
        public static PyObject copysign(PyObject x, PyObject y) => Two(x, y, Math.CopySign);

        public static PyObject fmod(PyObject x, PyObject y)
        {
            double a = D(x), b = D(y);
            if (double.IsInfinity(b) && double.IsFinite(a)) return F(a);
            double r = Libm.fmod(a, b);
            if (double.IsNaN(r) && !double.IsNaN(a) && !double.IsNaN(b)) throw DomainError();
            return F(r);
        }

        public static PyObject hypot(PyObject x, PyObject y)
        {
            double a = D(x), b = D(y);
            if (double.IsInfinity(a)) return F(Math.Abs(a));
            if (double.IsInfinity(b)) return F(Math.Abs(b));
            if (double.IsNaN(a) || double.IsNaN(b)) return F(double.NaN);
            double r = Libm.hypot(a, b);
            if (double.IsInfinity(r)) throw RangeError();
            return F(r);
        }

        public static PyObject pow(PyObject x, PyObject y)
        {
            double a = D(x), b = D(y), r;
            if (!double.IsFinite(a) || !double.IsFinite(b))
            {
                if (double.IsNaN(a)) r = b == 0.0 ? 1.0 : a;
                else if (double.IsNaN(b)) r = a == 1.0 ? 1.0 : b;
                else if (double.IsInfinity(a))
                {
                    bool oddY = double.IsFinite(b) && Libm.fmod(Math.Abs(b), 2.0) == 1.0;
                    if (b > 0.0) r = oddY ? a : Math.Abs(a);
                    else if (b == 0.0) r = 1.0;
                    else r = oddY ? Math.CopySign(0.0, a) : 0.0;
                }
                else
                {
                    if (Math.Abs(a) == 1.0) r = 1.0;
                    else if (b > 0.0 && Math.Abs(a) > 1.0) r = b;
                    else if (b < 0.0 && Math.Abs(a) < 1.0) r = -b;
                    else r = 0.0;
                }
                return F(r);
            }
            r = Libm.pow(a, b);
            if (double.IsNaN(r)) throw DomainError();
            if (double.IsInfinity(r)) throw a == 0.0 ? DomainError() : RangeError();
            return F(r);
        }

        /// <summary>loghelper: longs too big for a double are handled through their bit length.</summary>
        private static double Log(PyObject arg, Func<double, double> func)
        {
            if (arg is PyLong l)
            {
                if (l.Value.Sign <= 0) throw DomainError();
                double asDouble = (double)l.Value;
                if (double.IsInfinity(asDouble))
                {
                    long e = (long)l.Value.GetBitLength();
                    double mantissa = (double)(l.Value >> (int)(e - 60)) / Math.Pow(2, 60);
                    return func(mantissa) + func(2.0) * e;
                }
                return func(asDouble);
            }
            double x = D(arg);
            if (double.IsNaN(x)) return x;
            if (x <= 0.0) throw DomainError();
            return func(x);
        }

        public static PyObject log(PyObject x, PyObject @base = null)
        {
            double num = Log(x, Math.Log);
            if (@base == null) return F(num);
            double den = Log(@base, Math.Log);
            if (den == 0.0) throw Ops.ZeroDivisionError("float division by zero");
            return F(num / den);
        }

        public static PyObject log10(PyObject x) => F(Log(x, Math.Log10));

        public static PyObject degrees(PyObject x) => F(D(x) * (180.0 / Math.PI));
        public static PyObject radians(PyObject x) => F(D(x) * (Math.PI / 180.0));
        public static PyObject isinf(PyObject x) => PyBool.From(double.IsInfinity(D(x)));
        public static PyObject isnan(PyObject x) => PyBool.From(double.IsNaN(D(x)));

        public static PyObject frexp(PyObject x)
        {
            double v = D(x);
            if (v == 0.0 || !double.IsFinite(v)) return PyTuple.Create(F(v), PyInt.From(0));
            int exponent = Math.ILogB(v) + 1;
            double mantissa = Math.ScaleB(v, -exponent);
            if (Math.Abs(mantissa) >= 1.0) { mantissa /= 2; exponent++; }
            else if (Math.Abs(mantissa) < 0.5) { mantissa *= 2; exponent--; }
            return PyTuple.Create(F(mantissa), PyInt.From(exponent));
        }

        public static PyObject ldexp(PyObject x, PyObject i)
        {
            double v = D(x);
            long exponent;
            if (i is PyInt n) exponent = n.Value;
            else if (i is PyLong l) exponent = l.Value > long.MaxValue ? long.MaxValue : l.Value < long.MinValue ? long.MinValue : (long)l.Value;
            else throw Ops.TypeError("Expected an int or long as second argument to ldexp.");
            if (v == 0.0 || !double.IsFinite(v)) return F(v);
            if (exponent > int.MaxValue) throw RangeError();
            if (exponent < int.MinValue) return F(Math.CopySign(0.0, v));
            double r = Math.ScaleB(v, (int)exponent);
            if (double.IsInfinity(r)) throw RangeError();
            return F(r);
        }

        public static PyObject modf(PyObject x)
        {
            double v = D(x);
            if (double.IsInfinity(v)) return PyTuple.Create(F(Math.CopySign(0.0, v)), F(v));
            if (double.IsNaN(v)) return PyTuple.Create(F(v), F(v));
            double whole = Math.Truncate(v);
            return PyTuple.Create(F(Math.CopySign(v - whole, v)), F(whole));
        }

        public static PyObject fsum(PyObject iterable)
        {
            var values = new System.Collections.Generic.List<double>();
            foreach (PyObject item in Ops.Enumerate(iterable)) values.Add(D(item));
            return F(FloatSum.Sum(values));
        }

        public static PyObject factorial(PyObject x)
        {
            BigInteger n;
            if (x is PyFloat f)
            {
                if (!double.IsFinite(f.Value) || f.Value != Math.Floor(f.Value)) throw Ops.ValueError("factorial() only accepts integral values");
                if (f.Value < 0) throw Ops.ValueError("factorial() not defined for negative values");
                n = new BigInteger(f.Value);
            }
            else
            {
                n = Ops.ToBigInteger(x is PyInt || x is PyLong ? x : (x.Index() ?? throw Ops.TypeError("an integer is required")));
                if (n.Sign < 0) throw Ops.ValueError("factorial() not defined for negative values");
            }
            BigInteger result = BigInteger.One;
            for (BigInteger k = 2; k <= n; k++) result *= k;
            return PyInt.FromBig(result);
        }

        public static PyObject trunc(PyObject x)
        {
            PyObject method = x.Type.Lookup(PyStr.Intern("__trunc__"));
            if (method == null) throw Ops.AttributeError($"'{x.TypeName}' object has no attribute '__trunc__'");
            return Ops.CallWithSelf(method, x);
        }
    }
}
