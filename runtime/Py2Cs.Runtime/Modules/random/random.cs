#pragma warning disable CS8981 // the module class is named as in Python
using System;
using Py2Cs.Runtime.Modules.random;

namespace Py2Cs.Runtime
{
    /// <summary>
    /// The <c>random</c> module of Python 2.7: the module-level functions are the bound methods of
    /// one hidden Random instance seeded from os.urandom at import, as in random.py.
    /// </summary>
    [PythonModule("random")]
    public static class random
    {
        public static readonly PyObject Random = RandomObject.TypeObject;
        public static readonly PyObject SystemRandom = SystemRandomObject.SystemTypeObject;

        public static readonly PyObject NV_MAGICCONST = new PyFloat(RandomObject.NV_MAGICCONST);
        public static readonly PyObject TWOPI = new PyFloat(RandomObject.TWOPI);
        public static readonly PyObject LOG4 = new PyFloat(RandomObject.LOG4);
        public static readonly PyObject SG_MAGICCONST = new PyFloat(RandomObject.SG_MAGICCONST);
        public static readonly PyObject BPF = PyInt.From(RandomObject.BPF);
        public static readonly PyObject RECIP_BPF = new PyFloat(RandomObject.RECIP_BPF);

        private static readonly PyObject _inst = Ops.Call(RandomObject.TypeObject);

        [PythonName("_inst")] public static readonly PyObject inst = _inst;
        [PythonName("random")] public static readonly PyObject random_ = Ops.GetAttr(_inst, "random");
        public static readonly PyObject seed = Ops.GetAttr(_inst, "seed");
        public static readonly PyObject getstate = Ops.GetAttr(_inst, "getstate");
        public static readonly PyObject setstate = Ops.GetAttr(_inst, "setstate");
        public static readonly PyObject jumpahead = Ops.GetAttr(_inst, "jumpahead");
        public static readonly PyObject getrandbits = Ops.GetAttr(_inst, "getrandbits");
        public static readonly PyObject randrange = Ops.GetAttr(_inst, "randrange");
        public static readonly PyObject randint = Ops.GetAttr(_inst, "randint");
        public static readonly PyObject choice = Ops.GetAttr(_inst, "choice");
        public static readonly PyObject shuffle = Ops.GetAttr(_inst, "shuffle");
        public static readonly PyObject sample = Ops.GetAttr(_inst, "sample");
        public static readonly PyObject uniform = Ops.GetAttr(_inst, "uniform");
        public static readonly PyObject triangular = Ops.GetAttr(_inst, "triangular");
        public static readonly PyObject normalvariate = Ops.GetAttr(_inst, "normalvariate");
        public static readonly PyObject lognormvariate = Ops.GetAttr(_inst, "lognormvariate");
        public static readonly PyObject expovariate = Ops.GetAttr(_inst, "expovariate");
        public static readonly PyObject vonmisesvariate = Ops.GetAttr(_inst, "vonmisesvariate");
        public static readonly PyObject gammavariate = Ops.GetAttr(_inst, "gammavariate");
        public static readonly PyObject gauss = Ops.GetAttr(_inst, "gauss");
        public static readonly PyObject betavariate = Ops.GetAttr(_inst, "betavariate");
        public static readonly PyObject paretovariate = Ops.GetAttr(_inst, "paretovariate");
        public static readonly PyObject weibullvariate = Ops.GetAttr(_inst, "weibullvariate");

        public static readonly PyObject __all__ = PyList.Create(Array.ConvertAll(new[]
        {
            "Random", "seed", "random", "uniform", "randint", "choice", "sample", "randrange", "shuffle", "normalvariate",
            "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "triangular", "gauss", "betavariate",
            "paretovariate", "weibullvariate", "getstate", "setstate", "jumpahead", "getrandbits", "SystemRandom",
        }, n => (PyObject)PyStr.FromString(n)));
    }
}
