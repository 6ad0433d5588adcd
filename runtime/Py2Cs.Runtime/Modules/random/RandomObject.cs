using System;
using System.Numerics;
using System.Security.Cryptography;

namespace Py2Cs.Runtime.Modules.random
{
    /// <summary>
    /// random.Random: the Mersenne Twister with random.py's algorithms on top, producing CPython
    /// 2.7's exact sequences. Python subclasses may override random(), getrandbits() or seed(); the
    /// algorithms then call the override through attribute look-up, as random.py does.
    /// </summary>
    public class RandomObject : PyObject
    {
        public static readonly PyType TypeObject = PyType.Builtin("Random", () => PyType.ObjectType, Populate);

        private static readonly PyStr RandomName = PyStr.Intern("random");
        private static readonly PyStr GetRandBitsName = PyStr.Intern("getrandbits");
        private static readonly PyStr SeedName = PyStr.Intern("seed");

        public const int VERSION = 3;
        public const double TWOPI = 2.0 * Math.PI;
        public static readonly double LOG4 = Math.Log(4.0);
        public static readonly double NV_MAGICCONST = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
        public static readonly double SG_MAGICCONST = 1.0 + Math.Log(4.5);
        public const int BPF = 53;
        public static readonly double RECIP_BPF = Math.Pow(2, -BPF);
        private static readonly BigInteger MaxWidth = BigInteger.One << BPF;

        private readonly PyType type;
        private readonly PyDict dict;
        protected readonly MersenneTwister Twister = new MersenneTwister();
        public PyObject GaussNext = PyNone.None;

        public RandomObject(PyType type)
        {
            this.type = type;
            if (!type.IsBuiltin) dict = new PyDict();
        }

        public override PyType Type => type;
        public override PyDict InstanceDict => dict;

        // ---- the generator core (overridable by Python subclasses) ----------------------------

        public virtual double NativeRandom() => Twister.NextDouble();

        public virtual BigInteger NativeGetRandBits(int k) => Twister.GetRandBits(k);

        /// <summary>self.random(), through the Python override when there is one.</summary>
        public double Random()
        {
            if (!type.IsBuiltin && PythonOverride.Find(type, "random") is not null)
                return ToDouble(Ops.CallMethod(this, RandomName));
            return NativeRandom();
        }

        public virtual void Seed(PyObject a)
        {
            BigInteger n;
            if (a == null || a is PyNone)
            {
                byte[] bytes = RandomNumberGenerator.GetBytes(2500);
                n = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
            }
            else if (a is PyInt i) n = BigInteger.Abs(i.Value);
            else if (a is PyLong l) n = BigInteger.Abs(l.Value);
            else n = new BigInteger(unchecked((ulong)Ops.Hash(a)));
            Twister.Seed(n);
            GaussNext = PyNone.None;
        }

        private static double ToDouble(PyObject o) => o is PyFloat f ? f.Value : ((PyFloat)NumberTypes.FloatFromObject(o)).Value;

        internal static PyObject IntOf(double v)
        {
            double t = Math.Truncate(v);
            if (Math.Abs(t) < 9.2e18) return PyInt.From((long)t);
            return PyInt.FromBig(new BigInteger(t));
        }

        private static PyObject Int(PyObject o) => Ops.Call(PyInt.TypeObject, o);

        private PyObject GetRandBits(int k) =>
            !type.IsBuiltin && PythonOverride.Find(type, "getrandbits") is not null
                ? Ops.CallMethod(this, GetRandBitsName, PyInt.From(k))
                : new PyLong(NativeGetRandBits(k));

        /// <summary>_randbelow: getrandbits unless random() alone was overridden.</summary>
        private PyObject RandBelow(PyObject n)
        {
            bool randomOverridden = !type.IsBuiltin && PythonOverride.Find(type, "random") is not null;
            bool bitsOverridden = !type.IsBuiltin && PythonOverride.Find(type, "getrandbits") is not null;
            if (!randomOverridden || bitsOverridden)
            {
                BigInteger big = Ops.ToBigInteger(n);
                double log2 = Math.Log((double)(big - 1)) / Math.Log(2.0);
                int k = (int)(1.00001 + log2);
                PyObject r = GetRandBits(k);
                while (Ops.GreaterEqual(r, n)) r = GetRandBits(k);
                return r;
            }
            return IntOf(Random() * (double)Ops.ToBigInteger(n));
        }

        public PyObject RandRange(PyObject start, PyObject stop, PyObject step)
        {
            PyObject istart = Int(start);
            if (Ops.Ne(istart, start)) throw Ops.ValueError("non-integer arg 1 for randrange()");
            PyObject maxwidth = PyInt.FromBig(MaxWidth);
            if (stop == null || stop is PyNone)
            {
                if (Ops.Greater(istart, PyInt.Zero))
                {
                    if (Ops.GreaterEqual(istart, maxwidth)) return RandBelow(istart);
                    return Int(Ops.Multiply(new PyFloat(Random()), istart));
                }
                throw Ops.ValueError("empty range for randrange()");
            }
            PyObject istop = Int(stop);
            if (Ops.Ne(istop, stop)) throw Ops.ValueError("non-integer stop for randrange()");
            PyObject width = Ops.Subtract(istop, istart);
            bool stepIsOne = step == null || Ops.Eq(step, PyInt.One);
            if (stepIsOne && Ops.Greater(width, PyInt.Zero))
            {
                if (Ops.GreaterEqual(width, maxwidth)) return Int(Ops.Add(istart, RandBelow(width)));
                return Int(Ops.Add(istart, Int(Ops.Multiply(new PyFloat(Random()), width))));
            }
            if (stepIsOne)
                throw Ops.ValueError($"empty range for randrange() ({Ops.Str(istart)},{Ops.Str(istop)}, {Ops.Str(width)})");
            PyObject istep = Int(step);
            if (Ops.Ne(istep, step)) throw Ops.ValueError("non-integer step for randrange()");
            PyObject n;
            if (Ops.Greater(istep, PyInt.Zero)) n = Ops.FloorDivide(Ops.Subtract(Ops.Add(width, istep), PyInt.One), istep);
            else if (Ops.Less(istep, PyInt.Zero)) n = Ops.FloorDivide(Ops.Add(Ops.Add(width, istep), PyInt.One), istep);
            else throw Ops.ValueError("zero step for randrange()");
            if (Ops.LessEqual(n, PyInt.Zero)) throw Ops.ValueError("empty range for randrange()");
            if (Ops.GreaterEqual(n, maxwidth)) return Ops.Add(istart, Ops.Multiply(istep, RandBelow(n)));
            return Ops.Add(istart, Ops.Multiply(istep, Int(Ops.Multiply(new PyFloat(Random()), n))));
        }

        public PyObject Choice(PyObject seq)
        {
            double r = Random();
            return Ops.GetItem(seq, IntOf(r * Ops.Len(seq)));
        }

        public void Shuffle(PyObject x, PyObject random)
        {
            for (int i = Ops.Len(x) - 1; i >= 1; i--)
            {
                double r = random == null || random is PyNone ? Random() : ToDouble(Ops.Call(random));
                PyObject j = IntOf(r * (i + 1));
                PyObject pi = PyInt.From(i);
                PyObject a = Ops.GetItem(x, pi), b = Ops.GetItem(x, j);
                Ops.SetItem(x, pi, b);
                Ops.SetItem(x, j, a);
            }
        }

        public PyObject Sample(PyObject population, PyObject kObj)
        {
            int n = Ops.Len(population);
            long k = Ops.IndexToLong(Int(kObj));
            if (!(0 <= k && k <= n)) throw Ops.ValueError("sample larger than population");
            var result = new PyObject[k];
            double setsize = 21;
            if (k > 5) setsize += Math.Pow(4, Math.Ceiling(Math.Log(k * 3) / Math.Log(4)));
            if (n <= setsize || Ops.GetAttrOrNull(population, "keys") != null)
            {
                PyList pool = PyList.FromIterable(population);
                for (int i = 0; i < k; i++)
                {
                    int j = (int)Math.Truncate(Random() * (n - i));
                    result[i] = pool[j];
                    pool[j] = pool[n - i - 1];
                }
            }
            else
            {
                try
                {
                    var selected = new System.Collections.Generic.HashSet<int>();
                    for (int i = 0; i < k; i++)
                    {
                        int j = (int)Math.Truncate(Random() * n);
                        while (selected.Contains(j)) j = (int)Math.Truncate(Random() * n);
                        selected.Add(j);
                        result[i] = Ops.GetItem(population, PyInt.From(j));
                    }
                }
                catch (PythonException e) when ((e.Is(PyExceptionTypes.TypeError) || e.Is(PyExceptionTypes.KeyError)) && population is not PyList)
                {
                    return Sample(Ops.Call(PyTuple.TypeObject, population), kObj);
                }
            }
            return PyList.FromArray(result);
        }

        public double Gauss(double mu, double sigma)
        {
            PyObject z = GaussNext;
            GaussNext = PyNone.None;
            double zv;
            if (z is PyNone)
            {
                double x2pi = Random() * TWOPI;
                double g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - Random()));
                zv = Math.Cos(x2pi) * g2rad;
                GaussNext = new PyFloat(Math.Sin(x2pi) * g2rad);
            }
            else zv = ToDouble(z);
            return mu + zv * sigma;
        }

        public double NormalVariate(double mu, double sigma)
        {
            double z;
            while (true)
            {
                double u1 = Random();
                double u2 = 1.0 - Random();
                z = NV_MAGICCONST * (u1 - 0.5) / u2;
                double zz = z * z / 4.0;
                if (zz <= -Math.Log(u2)) break;
            }
            return mu + z * sigma;
        }

        public double VonMisesVariate(double mu, double kappa)
        {
            if (kappa <= 1e-6) return TWOPI * Random();
            double s = 0.5 / kappa;
            double r = s + Math.Sqrt(1.0 + s * s);
            double z;
            while (true)
            {
                double u1 = Random();
                z = Math.Cos(Math.PI * u1);
                double d = z / (r + z);
                double u2 = Random();
                if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.Exp(d)) break;
            }
            double q = 1.0 / r;
            double f = (q + z) / (1.0 + q * z);
            double u3 = Random();
            return u3 > 0.5 ? PyMod(mu + Math.Acos(f), TWOPI) : PyMod(mu - Math.Acos(f), TWOPI);
        }

        /// <summary>Python's float %: the result takes the sign of the divisor.</summary>
        internal static double PyMod(double x, double y)
        {
            double mod = x % y; // C's fmod
            if (mod != 0) { if ((y < 0) != (mod < 0)) mod += y; }
            else mod = y < 0 ? -0.0 : 0.0;
            return mod;
        }

        public double GammaVariate(double alpha, double beta)
        {
            if (alpha <= 0.0 || beta <= 0.0) throw Ops.ValueError("gammavariate: alpha and beta must be > 0.0");
            if (alpha > 1.0)
            {
                double ainv = Math.Sqrt(2.0 * alpha - 1.0);
                double bbb = alpha - LOG4;
                double ccc = alpha + ainv;
                while (true)
                {
                    double u1 = Random();
                    if (!(1e-7 < u1 && u1 < .9999999)) continue;
                    double u2 = 1.0 - Random();
                    double v = Math.Log(u1 / (1.0 - u1)) / ainv;
                    double x = alpha * Math.Exp(v);
                    double z = u1 * u1 * u2;
                    double r = bbb + ccc * v - x;
                    if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.Log(z)) return x * beta;
                }
            }
            if (alpha == 1.0)
            {
                double u = Random();
                while (u <= 1e-7) u = Random();
                return -Math.Log(u) * beta;
            }
            double xx;
            while (true)
            {
                double u = Random();
                double b = (Math.E + alpha) / Math.E;
                double p = b * u;
                xx = p <= 1.0 ? Math.Pow(p, 1.0 / alpha) : -Math.Log((b - p) / alpha);
                double u1 = Random();
                if (p > 1.0)
                {
                    if (u1 <= Math.Pow(xx, alpha - 1.0)) break;
                }
                else if (u1 <= Math.Exp(-xx)) break;
            }
            return xx * beta;
        }

        // ---- state ------------------------------------------------------------------------------

        public virtual PyObject GetState()
        {
            var items = new PyObject[MersenneTwister.N + 1];
            // _random's getstate gives longs (PyLong_FromUnsignedLong), which repr() shows with an L.
            for (int i = 0; i < MersenneTwister.N; i++) items[i] = new PyLong(Twister.State[i]);
            items[MersenneTwister.N] = new PyLong(Twister.Index);
            return PyTuple.Create(PyInt.From(VERSION), PyTuple.Create(items), GaussNext);
        }

        public virtual void SetState(PyObject state)
        {
            PyObject version = Ops.GetItem(state, PyInt.Zero);
            if (Ops.Eq(version, PyInt.From(3)) || Ops.Eq(version, PyInt.From(2)))
            {
                PyObject[] parts = Ops.UnpackSequence(state, 3);
                bool old = Ops.Eq(version, PyInt.From(2));
                if (parts[1] is not PyTuple internalState) throw Ops.TypeError("state vector must be a tuple");
                if (internalState.Count != MersenneTwister.N + 1) throw Ops.ValueError("state vector is the wrong size");
                var words = new uint[MersenneTwister.N];
                for (int i = 0; i < MersenneTwister.N; i++)
                {
                    BigInteger w = Ops.ToBigInteger(internalState[i]);
                    if (old) w = BigInteger.Remainder(w, BigInteger.One << 32) is var m && m.Sign < 0 ? m + (BigInteger.One << 32) : BigInteger.Remainder(w, BigInteger.One << 32);
                    words[i] = (uint)(w & 0xffffffff);
                }
                long index = Ops.IndexToLong(internalState[MersenneTwister.N]);
                if (index < 0 || index > MersenneTwister.N) throw Ops.ValueError("invalid state");
                Array.Copy(words, Twister.State, MersenneTwister.N);
                Twister.Index = (int)index;
                GaussNext = parts[2];
                return;
            }
            throw Ops.ValueError($"state with version {Ops.Str(version)} passed to Random.setstate() of version {VERSION}");
        }

        public virtual void JumpAhead(PyObject n)
        {
            // random.py: n = int(sha512(repr(n) + repr(self.getstate())).hexdigest(), 16)
            PyStr text = (PyStr)Ops.Add(Ops.Repr(n), Ops.Repr(Ops.CallMethod(this, "getstate")));
            byte[] digest = SHA512.HashData(text.Bytes);
            Twister.JumpAhead(new BigInteger(digest, isUnsigned: true, isBigEndian: true));
        }

        // ---- the Python-visible methods -----------------------------------------------------------

        private static RandomObject Self(PyObject o) => (RandomObject)o;
        private static double F(PyObject o) => ToDouble(o);
        private static PyObject Float(double d) => new PyFloat(d);

        internal static void Populate(PyType t)
        {
            t.Constructor = (type, args, kw) =>
            {
                var r = new RandomObject(type);
                r.Seed(args.Length > 0 && (kw == null || kw.Length < args.Length) ? args[0] : null);
                return r;
            };
            DefineMethods(t);
        }

        internal static void DefineMethods(PyType t)
        {
            t.DefMethod("__init__", 0, new[] { "x" }, (s, a) => { Ops.CallMethod(s, SeedName, a[0] ?? PyNone.None); Self(s).GaussNext = PyNone.None; return PyNone.None; });
            t.DefMethod("seed", 0, new[] { "a" }, (s, a) => { Self(s).Seed(a[0]); return PyNone.None; });
            t.DefMethod("random", s => Float(Self(s).NativeRandom()));
            t.DefMethod("getrandbits", (s, k) =>
            {
                if (k is not PyInt && k is not PyLong) throw Ops.TypeError("an integer is required");
                long bits = Ops.IndexToLong(k);
                if (bits <= 0) throw Ops.ValueError("number of bits must be greater than zero");
                return new PyLong(Self(s).NativeGetRandBits((int)bits)); // always a long, as _random returns
            });
            t.DefMethod("getstate", s => Self(s).GetState());
            t.DefMethod("setstate", (s, st) => { Self(s).SetState(st); return PyNone.None; });
            t.DefMethod("jumpahead", (s, n) => { Self(s).JumpAhead(n); return PyNone.None; });
            t.DefMethod("randrange", 1, new[] { "start", "stop", "step" }, (s, a) => Self(s).RandRange(a[0], a[1], a[2]));
            t.DefMethod("randint", (s, a, b) => Self(s).RandRange(a, Ops.Add(b, PyInt.One), null));
            t.DefMethod("choice", (s, seq) => Self(s).Choice(seq));
            t.DefMethod("shuffle", 1, new[] { "x", "random" }, (s, a) => { Self(s).Shuffle(a[0], a[1]); return PyNone.None; });
            t.DefMethod("sample", (s, p, k) => Self(s).Sample(p, k));
            t.DefMethod("uniform", (s, a, b) => Ops.Add(a, Ops.Multiply(Ops.Subtract(b, a), Float(Self(s).Random()))));
            t.DefMethod("triangular", 0, new[] { "low", "high", "mode" }, (s, a) =>
            {
                PyObject low = a[0] ?? Float(0.0), high = a[1] ?? Float(1.0), mode = a[2];
                double u = Self(s).Random();
                PyObject c;
                try
                {
                    // random.py has `from __future__ import division`
                    c = mode == null || mode is PyNone ? Float(0.5) : Ops.TrueDivide(Ops.Subtract(mode, low), Ops.Subtract(high, low));
                }
                catch (PythonException e) when (e.Is(PyExceptionTypes.ZeroDivisionError)) { return low; }
                if (u > F(c))
                {
                    u = 1.0 - u;
                    c = Ops.Subtract(Float(1.0), c);
                    (low, high) = (high, low);
                }
                return Ops.Add(low, Ops.Multiply(Ops.Subtract(high, low), Ops.Power(Float(u * F(c)), Float(0.5))));
            });
            t.DefMethod("normalvariate", (s, mu, sigma) => Float(Self(s).NormalVariate(F(mu), F(sigma))));
            t.DefMethod("lognormvariate", (s, mu, sigma) => Float(Math.Exp(Self(s).NormalVariate(F(mu), F(sigma)))));
            t.DefMethod("expovariate", (s, lambd) => Float(-Math.Log(1.0 - Self(s).Random()) / F(lambd)));
            t.DefMethod("vonmisesvariate", (s, mu, kappa) => Float(Self(s).VonMisesVariate(F(mu), F(kappa))));
            t.DefMethod("gammavariate", (s, alpha, beta) => Float(Self(s).GammaVariate(F(alpha), F(beta))));
            t.DefMethod("gauss", (s, mu, sigma) => Float(Self(s).Gauss(F(mu), F(sigma))));
            t.DefMethod("betavariate", (s, alpha, beta) =>
            {
                double y = Self(s).GammaVariate(F(alpha), 1.0);
                return y == 0 ? Float(0.0) : Float(y / (y + Self(s).GammaVariate(F(beta), 1.0)));
            });
            t.DefMethod("paretovariate", (s, alpha) => Float(1.0 / Math.Pow(1.0 - Self(s).Random(), 1.0 / F(alpha))));
            t.DefMethod("weibullvariate", (s, alpha, beta) => Float(F(alpha) * Math.Pow(-Math.Log(1.0 - Self(s).Random()), 1.0 / F(beta))));
            t.DefProperty("gauss_next", s => Self(s).GaussNext, (s, v) => Self(s).GaussNext = v);
            t.Dict.SetStr("VERSION", PyInt.From(VERSION));
        }
    }
}
