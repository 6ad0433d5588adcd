using BenchmarkDotNet.Attributes;
using Py2Cs.Runtime;

namespace Py2Cs.Benchmarks.Programs
{
    /// <summary>
    /// The runtime operations generated code spends its time in, one per benchmark, with the shapes
    /// the benchmark programs use (`micro --filter *` runs them all).
    /// </summary>
    [MemoryDiagnoser]
    public class RuntimeOperationBenchmarks
    {
        private PyObject _int3, _int5, _float1, _float2, _tuple, _list, _dict, _key, _instance, _word;
        private PyDict _globals;
        private PyStr _attr, _global, _len, _append, _get, _strip, _chars;

        [GlobalSetup]
        public void Setup()
        {
            _int3 = PyInt.From(3000);
            _int5 = PyInt.From(5000);
            _float1 = new PyFloat(1.5);
            _float2 = new PyFloat(2.25);
            _tuple = PyTuple.Create(_int3, _float1);
            _list = new PyList();
            _key = PyStr.FromString("word");
            _dict = new PyDict();
            ((PyDict)_dict).SetItem(_key, _int3);
            _word = PyStr.FromString("Hello,");
            _chars = PyStr.FromString(".,");
            _attr = PyStr.Intern("x");
            _global = PyStr.Intern("counter");
            _len = PyStr.Intern("len");
            _append = PyStr.Intern("append");
            _get = PyStr.Intern("get");
            _strip = PyStr.Intern("strip");
            _globals = new PyDict();
            _globals.SetStr(_global, _int5);
            var ns = new PyDict();
            ns.SetStr("__module__", PyStr.FromString("bench"));
            var cls = PyType.MakeClass("Point", PyTuple.Create(PyType.ObjectType), ns, null);
            _instance = cls.Call();
            Ops.SetAttr(_instance, _attr, _int3);
        }

        [Benchmark] public PyObject IntAdd() => Ops.Add(_int3, _int5);
        [Benchmark] public PyObject IntMultiply() => Ops.Multiply(_int3, _int5);
        [Benchmark] public PyObject FloatMultiply() => Ops.Multiply(_float1, _float2);
        [Benchmark] public PyObject FloatInPlaceAdd() => Ops.InPlaceOp(BinaryOperator.Add, _float1, _float2);
        [Benchmark] public bool FloatLess() => Ops.Less(_float1, _float2);
        [Benchmark] public PyObject InstanceAttribute() => Ops.GetAttr(_instance, _attr);
        [Benchmark] public PyObject ModuleGlobal() => Builtins.LoadGlobal(_globals, _global);
        [Benchmark] public PyObject BuiltinThroughGlobals() => Builtins.LoadGlobal(_globals, _len);
        [Benchmark] public PyObject[] UnpackTuple() => Ops.UnpackSequence(_tuple, 2);
        [Benchmark] public PyObject DictItem() => Ops.GetItem(_dict, _key);
        [Benchmark] public PyObject DictGetMethod() => Ops.CallMethod(_dict, _get, _key, _int3);
        [Benchmark] public PyObject StrStrip() => Ops.CallMethod(_word, _strip, _chars);

        [Benchmark]
        public PyObject ListAppendAndClear()
        {
            var r = Ops.CallMethod(_list, _append, _int3);
            if (((PyList)_list).Count > 1000) _list = new PyList();
            return r;
        }

        [Benchmark]
        public PyObject RaiseAndCatch()
        {
            try
            {
                throw Ops.MakeRaise(PyExceptionTypes.ValueError, PyStr.FromString("x"), null);
            }
            catch (PythonException e)
            {
                return e.Value;
            }
        }
    }
}
