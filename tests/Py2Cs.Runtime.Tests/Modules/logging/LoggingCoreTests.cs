using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.logging
{
    /// <summary>
    /// The logging core through its Python API, called from C#. Expected values were recorded from
    /// python2.7 by data/record_logging_core.py (the reprs it prints are the assertions here).
    /// </summary>
    [Collection("sys.stdout")]
    public class LoggingCoreTests
    {
        private static PyObject Logging => Importer.ImportModule("logging");
        private static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        private static PyStr S(string s) => PyStr.FromString(s);
        private static string Repr(PyObject o) => Ops.Repr(o).ToString();

        private static PyObject Record(params (string Key, PyObject Value)[] fields)
        {
            var d = new PyDict();
            foreach (var (k, v) in fields) d.SetItem(S(k), v);
            return Ops.Call(Attr(Logging, "makeLogRecord"), d);
        }

        [Fact]
        public void LevelNamesMapBothWaysAndUnknownLevelsAreNamedLevelN()
        {
            PyObject getLevelName = Attr(Logging, "getLevelName");
            Assert.Equal("'ERROR'", Repr(Ops.Call(getLevelName, PyInt.From(40))));
            Assert.Equal("40", Repr(Ops.Call(getLevelName, S("ERROR"))));
            Assert.Equal("'Level 33'", Repr(Ops.Call(getLevelName, PyInt.From(33))));
        }

        [Theory]
        [InlineData("a.b", "a.b", "1")]
        [InlineData("a.b", "a.b.c", "True")]
        [InlineData("a.b", "a.bc", "False")]
        [InlineData("a.b", "a", "0")]
        [InlineData("", "z", "1")]
        public void FilterPassesTheNamedLoggerAndItsChildrenOnly(string filterName, string recordName, string expected)
        {
            PyObject filter = Ops.Call(Attr(Logging, "Filter"), S(filterName));
            Assert.Equal(expected, Repr(Ops.CallMethod(filter, "filter", Record(("name", S(recordName))))));
        }

        [Fact]
        public void FormatTimeUsesTheInstanceConverterAndMilliseconds()
        {
            PyObject record = Record(("created", new PyFloat(1234567890.125)), ("msecs", new PyFloat(125.0)));
            PyObject formatter = Ops.Call(Attr(Logging, "Formatter"));
            Ops.SetAttr(formatter, PyStr.Intern("converter"), Attr(Importer.ImportModule("time"), "gmtime"));
            Assert.Equal("'2009-02-13 23:31:30,125'", Repr(Ops.CallMethod(formatter, "formatTime", record)));
            Assert.Equal("'13/02/2009'", Repr(Ops.CallMethod(formatter, "formatTime", record, S("%d/%m/%Y"))));
        }

        [Fact]
        public void MakeRecordRefusesExtraKeysThatOverwriteRecordAttributes()
        {
            PyObject logger = Ops.Call(Attr(Logging, "getLogger"), S("unit"));
            var extra = new PyDict();
            extra.SetItem(S("lineno"), PyInt.From(2));
            var e = Assert.Throws<PythonException>(() => Ops.Call(Attr(logger, "makeRecord"),
                new PyObject[] { S("n"), PyInt.From(20), S("p"), PyInt.From(1), S("m"), PyTuple.Empty, PyNone.None, extra },
                new[] { PyStr.Intern("extra") }));
            Assert.True(e.Matches(PyExceptionTypes.KeyError));
            Assert.Equal("'\"Attempt to overwrite \\'lineno\\' in LogRecord\"'", Repr(Ops.Str(e.Value)));
        }

        [Fact]
        public void LogRecordDerivesFileNamesAndFormatsItsMessage()
        {
            PyObject r = Ops.Call(Attr(Logging, "LogRecord"), new PyObject[] { S("rec.name"), PyInt.From(30), S("/some/dir/file.py"), PyInt.From(12), S("hello %s"), PyTuple.Create(S("x")), PyNone.None });
            Assert.Equal("'<LogRecord: rec.name, 30, /some/dir/file.py, 12, \"hello %s\">'", Repr(Ops.Str(r)));
            Assert.Equal("'hello x'", Repr(Ops.CallMethod(r, "getMessage")));
            Assert.Equal("'file.py'", Repr(Attr(r, "filename")));
            Assert.Equal("'file'", Repr(Attr(r, "module")));
        }

        [Fact]
        public void ASingleMappingArgumentBecomesTheArgs()
        {
            var mapping = new PyDict();
            mapping.SetItem(S("a"), PyInt.From(1));
            PyObject r = Ops.Call(Attr(Logging, "LogRecord"), new PyObject[] { S("n"), PyInt.From(20), S("p"), PyInt.From(1), S("%(a)s"), PyTuple.Create(mapping), PyNone.None });
            Assert.Equal("{'a': 1}", Repr(Attr(r, "args")));
            Assert.Equal("'1'", Repr(Ops.CallMethod(r, "getMessage")));
        }

        [Fact]
        public void AdapterExtraReplacesTheCallsExtra()
        {
            var adapterExtra = new PyDict();
            adapterExtra.SetItem(S("ip"), S("1"));
            PyObject adapter = Ops.Call(Attr(Logging, "LoggerAdapter"), Ops.Call(Attr(Logging, "getLogger"), S("unit")), adapterExtra);
            var callExtra = new PyDict();
            callExtra.SetItem(S("ip"), S("2"));
            var kwargs = new PyDict();
            kwargs.SetItem(S("extra"), callExtra);
            Assert.Equal("('m', {'extra': {'ip': '1'}})", Repr(Ops.CallMethod(adapter, "process", S("m"), kwargs)));
        }
    }
}
