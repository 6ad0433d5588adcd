using Xunit;

namespace Py2Cs.Runtime.Tests.Modules.Resource
{
    /// <summary>resource and os.fdopen's argument checks; expected texts recorded from python2.7.</summary>
    public sealed class ResourceTests
    {
        static PyObject I(long n) => PyInt.From(n);
        static string Raised(System.Func<PyObject> call) => Ops.ExceptionLine(Assert.Throws<PythonException>(() => call()).Value);

        [Fact]
        public void Getrusage_returns_sixteen_named_fields_with_float_times()
        {
            var usage = (PyTuple)resource.getrusage(I(0));
            Assert.Equal(16, usage.Count);
            Assert.IsType<PyFloat>(Ops.GetAttr(usage, "ru_utime"));
            Assert.True(Ops.Less(I(0), Ops.GetAttr(usage, "ru_maxrss")));
            Assert.StartsWith("resource.struct_rusage(ru_utime=", Ops.Repr(usage).ToString());
        }

        [Fact]
        public void Setrlimit_round_trips_and_reports_bad_arguments_as_resourcemodule_c()
        {
            var limits = (PyTuple)resource.getrlimit(I(7));
            resource.setrlimit(I(7), PyTuple.Create(Ops.Subtract(limits[0], I(1)), limits[1]));
            Assert.Equal(Ops.Repr(PyTuple.Create(Ops.Subtract(limits[0], I(1)), limits[1])).ToString(), Ops.Repr(resource.getrlimit(I(7))).ToString());
            resource.setrlimit(I(7), limits);
            Assert.Equal("ValueError: invalid who parameter", Raised(() => resource.getrusage(I(5))));
            Assert.Equal("ValueError: invalid resource specified", Raised(() => resource.getrlimit(I(99))));
            Assert.Equal("ValueError: expected a tuple of 2 integers", Raised(() => resource.setrlimit(I(7), PyTuple.Create(I(1)))));
            Assert.Equal("ValueError: current limit exceeds maximum limit", Raised(() => resource.setrlimit(I(4), PyTuple.Create(I(10), I(5)))));
        }

        [Fact]
        public void Fdopen_checks_mode_then_descriptor()
        {
            Assert.Equal("OSError: [Errno 9] Bad file descriptor", Raised(() => os.fdopen(I(999))));
            Assert.Equal("ValueError: mode string must begin with one of 'r', 'w', 'a' or 'U', not 'x'", Raised(() => os.fdopen(I(999), PyStr.FromString("x"))));
            Assert.Equal("TypeError: argument 2 must be string, not int", Raised(() => os.fdopen(I(0), I(5))));
        }
    }
}
