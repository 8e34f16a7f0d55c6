using System.Text.RegularExpressions;
using CsCheck;
using Instroom.Data.Calendar;
using Instroom.Web.Exports;

namespace Instroom.Tests.Web.Exports;

public sealed class ExportFileNameTests
{
    [Theory]
    [InlineData("Rijnmond", null, ExportFormat.Csv, "instroom-rijnmond-2026-W47.csv")]
    [InlineData("Friesland (Fryslân)", null, ExportFormat.Xlsx, "instroom-friesland-fryslan-2026-W47.xlsx")]
    [InlineData("Noord-Holland/Amsterdam", "Wachttijden", ExportFormat.Csv, "instroom-wachttijden-noord-holland-amsterdam-2026-W47.csv")]
    [InlineData("Groningen & Drenthe", null, ExportFormat.Csv, "instroom-groningen-drenthe-2026-W47.csv")]
    public void FileName_IsLowerCaseAsciiWithRegionAndIsoWeek(string region, string? subject, ExportFormat format, string expected) =>
        Assert.Equal(expected, ExportFileName.For(region, new IsoWeek(2026, 47), format, subject));

    [Fact]
    public void Slug_IsAlwaysSafeForAFileName_WhateverTheInput() =>
        Gen.String.Sample(text => Regex.IsMatch(ExportFileName.Slug(text), "^([a-z0-9]+(-[a-z0-9]+)*)?$"));
}
