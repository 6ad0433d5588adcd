using System.Linq;
using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.logging
{
    /// <summary>
    /// logging.handlers' network handlers through Python calls. Expected values were recorded from
    /// python2.7 (SocketHandler.makePickle of the same record dict, SysLogHandler.encodePriority).
    /// </summary>
    [Collection("sys.stdout")]
    public class NetworkHandlerTests
    {
        private static PyObject Attr(PyObject o, string name) => Ops.GetAttr(o, PyStr.Intern(name));
        private static PyStr S(string s) => PyStr.FromString(s);
        private static PyObject Handlers => Importer.ImportModule("logging.handlers");

        /// <summary>The record dict of the recording script, every field fixed.</summary>
        private static PyObject FixedRecord(PyObject msg, PyObject args)
        {
            var d = new PyDict();
            void Put(string k, PyObject v) => d.SetItem(S(k), v);
            Put("name", S("n")); Put("msg", msg); Put("args", args); Put("levelname", S("WARNING")); Put("levelno", PyInt.From(30));
            PyObject path = S("p.py");
            Put("pathname", path); Put("filename", path); Put("module", S("p")); Put("exc_info", PyNone.None); Put("exc_text", PyNone.None);
            Put("lineno", PyInt.From(1)); Put("funcName", S("f")); Put("created", new PyFloat(2.0)); Put("msecs", new PyFloat(0.0));
            Put("relativeCreated", new PyFloat(0.0)); Put("thread", PyInt.From(5)); Put("threadName", S("T")); Put("processName", S("P"));
            Put("process", PyInt.From(6));
            return Ops.Call(Attr(Importer.ImportModule("logging"), "makeLogRecord"), d);
        }

        private static string Latin1(PyObject s) => new string(((PyStr)s).Bytes.ToArray().Select(b => (char)b).ToArray());

        private const string Head =
            "\u0000\u0000\u00011}q\u0001(U\u000frelativeCreatedq\u0002G\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000U\u0007processq\u0003K\u0006U\u0004argsq\u0004NU\u0006moduleq\u0005U\u0001p" +
            "U\u0008funcNameq\u0006U\u0001fU\u0008exc_textq\u0007NU\u0004nameq\u0008U\u0001nU\u0006threadq\u0009K\u0005U\u0007createdq\u000aG@\u0000\u0000\u0000\u0000\u0000\u0000\u0000" +
            "U\u000athreadNameq\u000bU\u0001TU\u0005msecsq\u000cG\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000U\u0008filenameq\u000dU\u0004p.pyq\u000eU\u0007levelnoq\u000fK\u001e" +
            "U\u000bprocessNameq\u0010U\u0001PU\u0008pathnameq\u0011h\u000eU\u0006linenoq\u0012K\u0001U\u0003msgq\u0013";

        [Fact]
        public void MakePickleMatchesCPythonBytes()
        {
            PyObject h = Ops.Call(Attr(Handlers, "SocketHandler"), S("h"), PyInt.From(1));
            PyObject plain = Ops.CallMethod(h, "makePickle", FixedRecord(S("plain"), PyTuple.Empty));
            Assert.Equal(Head + "U\u0005plainq\u0014U\u0008exc_infoq\u0015NU\u0009levelnameq\u0016U\u0007WARNINGq\u0017u.", Latin1(plain));
        }

        [Fact]
        public void MakePickleLeavesAFormattedMessageUnmemoized()
        {
            // cPickle skips the memo for an object only the dict references: msg % args is one.
            PyObject h = Ops.Call(Attr(Handlers, "SocketHandler"), S("h"), PyInt.From(1));
            PyObject formatted = Ops.CallMethod(h, "makePickle", FixedRecord(S("n=%d"), PyTuple.Create(PyInt.From(12345))));
            Assert.Equal(Head + "U\u0007n=12345U\u0008exc_infoq\u0014NU\u0009levelnameq\u0015U\u0007WARNINGq\u0016u.", Latin1(formatted));
        }

        [Fact]
        public void CPickleNumbersItsMemoFromOne()
        {
            PyObject ab = S("ab");
            PyObject dumped = Ops.Call(Attr(Importer.ImportModule("cPickle"), "dumps"), PyList.Create(PyInt.From(1), ab, ab), PyInt.From(1));
            Assert.Equal("]q\u0001(K\u0001U\u0002abq\u0002h\u0002e.", Latin1(dumped));
        }

        [Fact]
        public void EncodePriorityTakesNamesOrNumbers()
        {
            PyObject cls = Attr(Handlers, "SysLogHandler");
            PyObject encode = Attr(Attr(cls, "encodePriority"), "im_func");
            var got = new[] { "kern", "mail", "local4" }.SelectMany(f => new[] { "emerg", "notice", "debug" }
                .Select(p => Ops.ToInt32(Ops.Call(encode, cls, S(f), S(p))))).ToArray();
            Assert.Equal(new[] { 0, 5, 7, 16, 21, 23, 160, 165, 167 }, got);
            Assert.Equal(191, Ops.ToInt32(Ops.Call(encode, cls, PyInt.From(23), PyInt.From(7))));
        }

        [Fact]
        public void UnknownFacilityNameIsAKeyError()
        {
            PyObject cls = Attr(Handlers, "SysLogHandler");
            var e = Assert.Throws<PythonException>(() => Ops.Call(Attr(Attr(cls, "encodePriority"), "im_func"), cls, S("nosuch"), S("info")));
            Assert.True(e.Matches(PyExceptionTypes.KeyError));
        }
    }
}
