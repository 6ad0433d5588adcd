using System.IO;
using BenchmarkDotNet.Attributes;
using Py2Cs.Runtime;

namespace Py2Cs.Benchmarks.Cli
{
    /// <summary>
    /// In-process figures of the two operations the whole-process benchmark repeats: one
    /// logger.info("x %d", i) through a FileHandler with an asctime formatter, and one parse_args of
    /// the 10-option command line of Programs/argparse_parse.py. Both go through the Python-level API
    /// (attribute look-up and calls), as generated code does.
    /// </summary>
    [MemoryDiagnoser]
    public class CliModuleBenchmarks
    {
        private PyObject _logger, _handler, _parser, _argv, _message, _number;
        private string _logPath;

        private static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        private static PyStr S(string s) => PyStr.FromString(s);

        private static void AddArgument(PyObject parser, PyObject[] names, params (string Key, PyObject Value)[] options)
        {
            var args = new PyObject[names.Length + options.Length];
            var keywords = new PyStr[options.Length];
            names.CopyTo(args, 0);
            for (int i = 0; i < options.Length; i++)
            {
                args[names.Length + i] = options[i].Value;
                keywords[i] = PyStr.Intern(options[i].Key);
            }
            Ops.Call(Attr(parser, "add_argument"), args, keywords);
        }

        [GlobalSetup]
        public void Setup()
        {
            PyObject logging = Importer.ImportModule("logging");
            _logPath = Path.Combine(Path.GetTempPath(), "py2cs-cli-micro.log");
            _handler = Ops.Call(Attr(logging, "FileHandler"), new PyObject[] { S(_logPath), S("w") }, new[] { PyStr.Intern("mode") });
            Ops.CallMethod(_handler, "setFormatter", Ops.Call(Attr(logging, "Formatter"), S("%(asctime)s %(levelname)s %(name)s %(message)s")));
            _logger = Ops.CallMethod(logging, "getLogger", S("bench"));
            Ops.CallMethod(_logger, "setLevel", PyInt.From(20));
            Ops.SetAttr(_logger, PyStr.Intern("propagate"), PyInt.From(0));
            Ops.CallMethod(_logger, "addHandler", _handler);
            _message = S("x %d");
            _number = PyInt.From(123456);

            PyObject argparse = Importer.ImportModule("argparse");
            _parser = Ops.Call(Attr(argparse, "ArgumentParser"), new PyObject[] { S("bench") }, new[] { PyStr.Intern("prog") });
            AddArgument(_parser, new PyObject[] { S("source") });
            AddArgument(_parser, new PyObject[] { S("-o"), S("--output") }, ("default", S("out.txt")));
            AddArgument(_parser, new PyObject[] { S("-v"), S("--verbose") }, ("action", S("store_true")));
            AddArgument(_parser, new PyObject[] { S("-q"), S("--quiet") }, ("action", S("store_true")));
            AddArgument(_parser, new PyObject[] { S("-I"), S("--include") }, ("action", S("append")));
            AddArgument(_parser, new PyObject[] { S("-d"), S("--debug") }, ("action", S("count")), ("default", PyInt.From(0)));
            AddArgument(_parser, new PyObject[] { S("-j"), S("--jobs") }, ("type", Attr(Importer.ImportModule("__builtin__"), "int")), ("default", PyInt.From(1)));
            AddArgument(_parser, new PyObject[] { S("--mode") }, ("choices", PyList.Create(new PyObject[] { S("fast"), S("slow"), S("auto") })), ("default", S("auto")));
            AddArgument(_parser, new PyObject[] { S("--level") }, ("type", Attr(Importer.ImportModule("__builtin__"), "int")));
            AddArgument(_parser, new PyObject[] { S("--name") }, ("metavar", S("NAME")));
            _argv = PyList.Create(new PyObject[]
            {
                S("input3.txt"), S("-o"), S("result3.bin"), S("-v"), S("-I"), S("inc"), S("--include=lib3"),
                S("-dd"), S("-j"), S("4"), S("--mode"), S("fast"), S("--level=3"), S("--name"), S("job"),
            });
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            Ops.CallMethod(_handler, "close");
            File.Delete(_logPath);
        }

        [Benchmark] public PyObject LoggerInfo() => Ops.CallMethod(_logger, PyStr.Intern("info"), _message, _number);
        [Benchmark] public PyObject ParseArgs() => Ops.CallMethod(_parser, PyStr.Intern("parse_args"), _argv);
    }
}
