using System;
using System.Numerics;
using System.Security.Cryptography;

namespace Py2Cs.Runtime.Modules.random
{
    /// <summary>random.SystemRandom: random() and getrandbits() from the OS entropy source (os.urandom).</summary>
    public sealed class SystemRandomObject : RandomObject
    {
        public static readonly PyType SystemTypeObject = PyType.Builtin("SystemRandom", () => RandomObject.TypeObject, t =>
        {
            t.Constructor = (type, args, kw) => new SystemRandomObject(type);
            t.DefMethod("random", s => new PyFloat(((SystemRandomObject)s).NativeRandom()));
            t.DefMethod("getrandbits", (s, k) =>
            {
                if (Ops.LessEqual(k, PyInt.Zero)) throw Ops.ValueError("number of bits must be greater than zero");
                if (Ops.Ne(k, Ops.Call(PyInt.TypeObject, k))) throw Ops.TypeError("number of bits should be an integer");
                return new PyLong(((SystemRandomObject)s).NativeGetRandBits((int)Ops.IndexToLong(k)));
            });
            t.DefVarMethod("seed", (s, a) => PyNone.None);
            t.DefVarMethod("jumpahead", (s, a) => PyNone.None);
            t.DefVarMethod("getstate", (s, a) => throw Ops.NotImplementedError("System entropy source does not have state."));
            t.DefVarMethod("setstate", (s, a) => throw Ops.NotImplementedError("System entropy source does not have state."));
        });

        public SystemRandomObject(PyType type) : base(type) { }

        public override double NativeRandom()
        {
            byte[] b = RandomNumberGenerator.GetBytes(7);
            var x = new BigInteger(b, isUnsigned: true, isBigEndian: true) >> 3;
            return (double)x * RECIP_BPF;
        }

        public override BigInteger NativeGetRandBits(int k)
        {
            int bytes = (k + 7) / 8;
            var x = new BigInteger(RandomNumberGenerator.GetBytes(bytes), isUnsigned: true, isBigEndian: true);
            return x >> (bytes * 8 - k);
        }

        public override void Seed(PyObject a) { }
    }
}
