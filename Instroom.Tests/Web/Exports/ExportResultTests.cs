using System.Text;
using Instroom.Tests.Support;

namespace Instroom.Tests.Web.Exports;

public sealed class ExportResultTests(TestPagesApp app) : IClassFixture<TestPagesApp>
{
    [Theory]
    [InlineData("csv", "text/csv; charset=utf-8", "instroom-friesland-fryslan-2026-W47.csv")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "instroom-friesland-fryslan-2026-W47.xlsx")]
    public async Task Export_IsADownload_WithItsFileNameAndType(string format, string contentType, string fileName)
    {
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri($"/test/export.{format}", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal(contentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task CsvDownload_IsTheCsvWriterOutput()
    {
        using var client = app.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri("/test/export.csv", UriKind.Relative));

        Assert.StartsWith("\uFEFFGemeente;Kinderen op de instroomlijst;", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
