using Instroom.Jobs.Contract;

namespace Instroom.Tests.Ingestion;

public sealed class DeliveryFormatsTests
{
    [Theory]
    [InlineData("aanlevering-2026-11-22.json", DeliveryFormat.Json)]
    [InlineData("/landing/GI-JBBRA/AANLEVERING.JSON", DeliveryFormat.Json)]
    [InlineData("aanlevering.csv", DeliveryFormat.Csv)]
    [InlineData("aanlevering.json.tmp", null)]
    [InlineData("aanlevering.csv.part", null)]
    [InlineData("aanlevering.xlsx", null)]
    [InlineData("json", null)]
    public void FromFileName_KnowsOnlyJsonAndCsv(string fileName, DeliveryFormat? expected) =>
        Assert.Equal(expected, DeliveryFormats.FromFileName(fileName));

    [Theory]
    [InlineData("application/json", DeliveryFormat.Json)]
    [InlineData("application/json; charset=utf-8", DeliveryFormat.Json)]
    [InlineData("Application/JSON", DeliveryFormat.Json)]
    [InlineData("text/csv", DeliveryFormat.Csv)]
    [InlineData("text/csv; charset=UTF-8; header=present", DeliveryFormat.Csv)]
    [InlineData("text/html", null)]
    [InlineData("application/problem+json", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("not a media type", null)]
    public void FromContentType_KnowsOnlyJsonAndCsv(string? contentType, DeliveryFormat? expected) =>
        Assert.Equal(expected, DeliveryFormats.FromContentType(contentType));
}
