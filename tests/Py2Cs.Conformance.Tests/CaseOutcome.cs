using System;
using System.Text;

namespace Py2Cs.Conformance.Tests
{
    /// <summary>Whether a conformance case behaved like CPython, and if not, the first difference.</summary>
    public sealed class CaseOutcome
    {
        private CaseOutcome(bool passed, string reason, string details)
        {
            Passed = passed;
            Reason = reason;
            Details = details;
        }

        public bool Passed { get; }

        /// <summary>One line, as written in known-failures.txt: "transpile error: ...", "stdout differs at line 3"...</summary>
        public string Reason { get; }

        /// <summary>Everything useful for fixing it: diagnostics, the differing lines, the program's stderr.</summary>
        public string Details { get; }

        public static CaseOutcome Pass() => new CaseOutcome(true, null, null);

        public static CaseOutcome Fail(string reason, string details) => new CaseOutcome(false, reason, details);

        /// <summary>Compares a finished program's behaviour with the recorded one.</summary>
        public static CaseOutcome Judge(byte[] expectedStdout, int expectedExitCode, ChildProcessResult actual, TimeSpan timeout,
            byte[] expectedStderr = null, string sourceDirectory = null)
        {
            var stderr = Tail(actual.Stderr, 3000);
            if (actual.TimedOut)
                return Fail($"timed out after {timeout.TotalSeconds:0} s", "stderr:\n" + stderr);
            var line = FirstDifferentLine(expectedStdout, actual.Stdout, out var expectedLine, out var actualLine);
            if (line > 0)
                return Fail($"stdout differs at line {line}",
                    $"expected: {expectedLine}\nactual:   {actualLine}\nexit code {actual.ExitCode} (expected {expectedExitCode})\nstderr:\n{stderr}");
            if (actual.ExitCode != expectedExitCode)
                return Fail($"exit code {actual.ExitCode} != {expectedExitCode}", "stderr:\n" + stderr);
            if (expectedStderr != null)
            {
                var errLine = FirstDifferentLine(StderrComparison.Normalise(expectedStderr, sourceDirectory),
                    StderrComparison.Normalise(actual.Stderr, sourceDirectory), out var expectedErr, out var actualErr);
                if (errLine > 0)
                    return Fail($"stderr differs at line {errLine}", $"expected: {expectedErr}\nactual:   {actualErr}\nstderr:\n{stderr}");
            }
            return Pass();
        }

        /// <summary>The 1-based number of the first line that differs (0 when the bytes are equal).</summary>
        public static int FirstDifferentLine(byte[] expected, byte[] actual, out string expectedLine, out string actualLine)
        {
            expectedLine = actualLine = null;
            var length = Math.Min(expected.Length, actual.Length);
            var index = 0;
            while (index < length && expected[index] == actual[index])
                index++;
            if (index == expected.Length && index == actual.Length)
                return 0;
            var lineNumber = 1;
            var lineStart = 0;
            for (var i = 0; i < index; i++)
            {
                if (expected[i] == (byte)'\n')
                {
                    lineNumber++;
                    lineStart = i + 1;
                }
            }
            expectedLine = LineAt(expected, lineStart);
            actualLine = LineAt(actual, lineStart);
            return lineNumber;
        }

        private static string LineAt(byte[] bytes, int start)
        {
            if (start >= bytes.Length)
                return "<end of output>";
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var text = Encoding.Latin1.GetString(bytes, start, (end < 0 ? bytes.Length : end) - start);
            return Quote(text) + (end < 0 ? " (no newline)" : "");
        }

        private static string Quote(string text)
        {
            var builder = new StringBuilder("\"");
            foreach (var c in text)
            {
                if (c == '"' || c == '\\') builder.Append('\\').Append(c);
                else if (c < 32 || c > 126) builder.Append("\\x").Append(((int)c).ToString("x2"));
                else builder.Append(c);
            }
            return builder.Append('"').ToString();
        }

        private static string Tail(byte[] bytes, int max)
        {
            var text = Encoding.UTF8.GetString(bytes ?? new byte[0]);
            return text.Length <= max ? text : "..." + text.Substring(text.Length - max);
        }
    }
}
