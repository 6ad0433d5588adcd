using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Asynchat
{
    /// <summary>asynchat's helpers and producers, with the values python2.7 returns.</summary>
    public class AsynchatTests
    {
        static PyObject Module(string name) => Importer.ImportModule(name);
        static PyObject S(string s) => PyStr.FromString(s);

        [Theory]
        // python2.7: asynchat.find_prefix_at_end(haystack, needle)
        [InlineData("qwerty\r", "\r\n", 1)]
        [InlineData("qwertydkjf", "\r\n", 0)]
        [InlineData("abc<EN", "<END>", 3)]
        [InlineData("", "xy", 0)]
        [InlineData("abc<", "<END>", 1)]
        public void Find_prefix_at_end(string haystack, string needle, int expected) =>
            Assert.Equal(expected, Ops.ToInt32(Ops.Call(Ops.GetAttr(Module("asynchat"), "find_prefix_at_end"), S(haystack), S(needle))));

        [Fact]
        public void Simple_producer_hands_out_buffer_size_pieces()
        {
            var producer = Ops.Call(Ops.GetAttr(Module("asynchat"), "simple_producer"), S("abcdefghij"), PyInt.From(4));
            var pieces = new PyList();
            for (int i = 0; i < 4; i++) pieces.Append(Ops.CallMethod(producer, "more"));
            // python2.7: ['abcd', 'efgh', 'ij', '']
            Assert.Equal("['abcd', 'efgh', 'ij', '']", Ops.Repr(pieces).ToString());
        }

        [Fact]
        public void Fifo_pops_in_order_then_reports_empty()
        {
            var fifo = Ops.Call(Ops.GetAttr(Module("asynchat"), "fifo"), PyList.Create(S("x")));
            Ops.CallMethod(fifo, "push", S("y"));
            Assert.Equal(2, Ops.Len(fifo));
            // python2.7: (1, 'x') (1, 'y') (0, None) True
            Assert.Equal("(1, 'x')", Ops.Repr(Ops.CallMethod(fifo, "pop")).ToString());
            Assert.Equal("(1, 'y')", Ops.Repr(Ops.CallMethod(fifo, "pop")).ToString());
            Assert.Equal("(0, None)", Ops.Repr(Ops.CallMethod(fifo, "pop")).ToString());
            Assert.True(Ops.IsTrue(Ops.CallMethod(fifo, "is_empty")));
        }

        [Fact]
        public void Abstract_methods_raise_NotImplementedError()
        {
            var chat = Ops.Call(Ops.GetAttr(Module("asynchat"), "async_chat"));
            var e = Assert.Throws<PythonException>(() => Ops.CallMethod(chat, "found_terminator"));
            Assert.True(e.Matches(PyExceptionTypes.NotImplementedError));
            Assert.Equal("must be implemented in subclass", Ops.Str(e.Value).ToString());
        }
    }
}
