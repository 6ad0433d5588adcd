using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace Py2Cs.Conformance.Tests
{
    /// <summary>
    /// The optional stderr check: a case with a recorded NAME.stderr (tests/conformance-extra only,
    /// e.g. a unittest.main() run, whose report goes to stderr) must also write that stderr. Two
    /// things vary between runs and machines and are normalised on both sides before comparing:
    /// the folder of the program in traceback paths ("/abs/dir/" is removed, so File "NAME.py"
    /// remains) and timing figures of unittest's runner ("Ran 3 tests in 0.012s" becomes "in 0.000s").
    /// </summary>
    public static class StderrComparison
    {
        private static readonly Regex Timing = new Regex(@"(Ran \d+ tests? in )\d+\.\d{3}s");

        public static string Normalise(string text, string sourceDirectory)
        {
            if (!string.IsNullOrEmpty(sourceDirectory))
                text = text.Replace(sourceDirectory.TrimEnd('/') + "/", "");
            return Timing.Replace(text, "${1}0.000s");
        }

        public static byte[] Normalise(byte[] bytes, string sourceDirectory) =>
            Encoding.Latin1.GetBytes(Normalise(Encoding.Latin1.GetString(bytes ?? new byte[0]), sourceDirectory));

        /// <summary>NAME.stderr beside NAME.py, or null when the case does not record its stderr.</summary>
        public static byte[] ExpectedFor(string sourcePath)
        {
            var path = Path.ChangeExtension(sourcePath, ".stderr");
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
    }
}
