using System.Threading.Tasks;
using Py2Cs.Runtime;
using Xunit;

namespace Py2Cs.Runtime.Tests;

/// <summary>Generators driven by async bodies: next/send/throw/close with Python's semantics.</summary>
public class GeneratorTests
{
    // def counter(n):
    //     i = 0
    //     while i < n:
    //         got = yield i
    //         if got is not None: i = got
    //         else: i += 1
    static PyGenerator Counter(long n) => new("counter", async g =>
    {
        long i = 0;
        while (i < n)
        {
            var got = await g.Yield(PyInt.From(i));
            i = got is PyNone ? i + 1 : ((PyInt)got).Value;
        }
    });

    [Fact]
    public void IteratesAndStops()
    {
        Assert.Equal("[0, 1, 2]", Ops.Repr(PyList.FromIterable(Counter(3))).ToString());
    }

    [Fact]
    public void SendResumesWithTheValue()
    {
        var g = Counter(10);
        Assert.Equal("0", Ops.Repr(g.Next()).ToString());
        Assert.Equal("7", Ops.Repr(g.Send(PyInt.From(7))).ToString());
        Assert.Equal("8", Ops.Repr(g.Next()).ToString());
    }

    [Fact]
    public void CannotSendNonNoneToJustStartedGenerator()
    {
        var e = Assert.Throws<PythonException>(() => Counter(3).Send(PyInt.From(1)));
        Assert.Equal("TypeError: can't send non-None value to a just-started generator", Ops.ExceptionLine(e.Value));
    }

    [Fact]
    public void ThrowIsCatchableInsideTheBodyAndFinallyRunsOnClose()
    {
        var log = new PyList();
        var g = new PyGenerator("g", async gen =>
        {
            try
            {
                try { await gen.Yield(PyInt.From(1)); }
                catch (PythonException e) when (e.Matches(PyExceptionTypes.ValueError)) { log.Append(PyStr.FromString("caught")); }
                await gen.Yield(PyInt.From(2));
            }
            finally { log.Append(PyStr.FromString("finally")); }
        });
        Assert.Equal("1", Ops.Repr(g.Next()).ToString());
        Assert.Equal("2", Ops.Repr(g.Throw(Ops.MakeRaise(PyExceptionTypes.ValueError))).ToString());
        g.Close();
        Assert.Equal("['caught', 'finally']", Ops.Repr(log).ToString());
        Assert.Null(g.Next());
    }

    [Fact]
    public void IgnoringGeneratorExitIsARuntimeError()
    {
        var g = new PyGenerator("stubborn", async gen =>
        {
            while (true)
            {
                try { await gen.Yield(PyNone.None); }
                catch (PythonException) { }
            }
        });
        g.Next();
        var e = Assert.Throws<PythonException>(() => g.Close());
        Assert.Equal("RuntimeError: generator ignored GeneratorExit", Ops.ExceptionLine(e.Value));
    }

    [Fact]
    public void ExceptionsInTheBodyPropagateToTheCaller()
    {
        var g = new PyGenerator("bad", async gen =>
        {
            await gen.Yield(PyInt.From(1));
            throw Ops.KeyError(PyStr.FromString("x"));
        });
        g.Next();
        var e = Assert.Throws<PythonException>(() => g.Next());
        Assert.Equal("KeyError: 'x'", Ops.ExceptionLine(e.Value));
    }
}
