using System;

namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>
    /// A pattern or template that Python's sre rejects; the message is CPython 2.7's word for word.
    /// The module surface turns it into <c>re.error</c> (or IndexError/OverflowError where CPython
    /// raises those, see <see cref="Kind"/>).
    /// </summary>
    public sealed class RegexError : Exception
    {
        public enum ErrorKind { Error, IndexError, OverflowError, AssertionError }

        public ErrorKind Kind { get; }

        public RegexError(string message, ErrorKind kind = ErrorKind.Error) : base(message) => Kind = kind;
    }
}
