namespace Py2Cs.Runtime.Modules.re
{
    /// <summary>The values of re.T, re.I, re.L, re.M, re.S, re.U, re.X and re.DEBUG (sre_constants).</summary>
    public static class RegexFlags
    {
        public const int TEMPLATE = 1;
        public const int IGNORECASE = 2;
        public const int LOCALE = 4;
        public const int MULTILINE = 8;
        public const int DOTALL = 16;
        public const int UNICODE = 32;
        public const int VERBOSE = 64;
        public const int DEBUG = 128;

        /// <summary>The inline flag letters of (?iLmsux).</summary>
        public static int FromLetter(char c) => c switch
        {
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'x' => VERBOSE,
            'u' => UNICODE,
            't' => TEMPLATE,
            _ => 0,
        };
    }
}
