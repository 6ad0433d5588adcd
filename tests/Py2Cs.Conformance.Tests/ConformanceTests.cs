using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Py2Cs.Conformance.Tests
{
    /// <summary>
    /// Every tests/conformance/AREA/NAME.py must print exactly NAME.stdout and exit with NAME.exitcode,
    /// unless known-failures.txt lists it; and a listed case must still fail.
    /// </summary>
    public sealed class ConformanceTests : IClassFixture<ConformanceRun>
    {
        private readonly ConformanceRun run;
        private readonly ITestOutputHelper output;

        public ConformanceTests(ConformanceRun run, ITestOutputHelper output)
        {
            this.run = run;
            this.output = output;
        }

        public static IEnumerable<object[]> CaseIds =>
            ConformanceCase.All().Select(c => new object[] { c.Id });

        [Theory]
        [MemberData(nameof(CaseIds))]
        public void Behaves_like_CPython(string id)
        {
            var outcome = run.Outcomes[id];
            var listed = run.KnownFailures.Contains(id);
            if (!outcome.Passed)
                output.WriteLine(outcome.Reason + "\n" + outcome.Details);
            if (outcome.Passed && listed)
                Assert.Fail($"{id} now behaves like CPython: remove it from tests/Py2Cs.Conformance.Tests/known-failures.txt");
            if (!outcome.Passed && !listed)
                Assert.Fail($"{id}: {outcome.Reason}\n{outcome.Details}");
        }

        [Fact]
        public void Summary_per_area()
        {
            var table = run.Table();
            output.WriteLine(table);
            Console.WriteLine(table);
            output.WriteLine("reports in " + ConformanceRun.ReportDirectory
                + " (conformance-table.txt, conformance-failures.txt, known-failures.actual.txt)");

            var ids = new HashSet<string>(run.Cases.Select(c => c.Id));
            var stale = run.KnownFailures.Ids.Where(id => !ids.Contains(id)).ToList();
            Assert.True(stale.Count == 0, "known-failures.txt lists cases that do not exist: " + string.Join(", ", stale));
        }
    }
}
