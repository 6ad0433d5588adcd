using Py2Cs.Cli.Verbs;
using Xunit;

namespace Py2Cs.Cli.Tests
{
    public sealed class VerbArgumentsTests
    {
        [Fact]
        public void Everything_after_the_file_belongs_to_the_program()
        {
            var (own, program) = VerbArguments.Split(new[] { "run", "--no-cache", "tool.py", "--help", "-v", "x" });

            Assert.Equal(new[] { "run", "--no-cache", "tool.py" }, own);
            Assert.Equal(new[] { "--help", "-v", "x" }, program);
        }

        [Fact]
        public void Python_path_values_are_not_taken_for_the_file_and_move_to_the_end()
        {
            var (own, program) = VerbArguments.Split(new[] { "run", "--python-path", "lib", "--python-path=vendor", "tool.py", "a" });

            Assert.Equal(new[] { "run", "tool.py", "--python-path", "lib", "--python-path", "vendor" }, own);
            Assert.Equal(new[] { "a" }, program);
        }

        [Fact]
        public void A_double_dash_ends_py2cs_options()
        {
            var (own, program) = VerbArguments.Split(new[] { "run", "--keep", "--", "odd name.py", "b" });

            Assert.Equal(new[] { "run", "--keep", "odd name.py" }, own);
            Assert.Equal(new[] { "b" }, program);
        }

        [Fact]
        public void Convert_keeps_all_its_arguments_with_python_path_last()
        {
            var (own, program) = VerbArguments.Split(new[] { "convert", "--python-path", "lib", "tool.py", "-o", "out" });

            Assert.Equal(new[] { "convert", "tool.py", "-o", "out", "--python-path", "lib" }, own);
            Assert.Empty(program);
        }
    }
}
