using Instroom.Web.Features.Map;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Instroom.Web.Features.Dashboard;

/// <summary>The few HTML fragments every dashboard table repeats: a figure cell and a status with its shape.</summary>
public static class DashboardHtml
{
    /// <summary>
    /// A numeric table cell: the figure's text, its state as a class (<c>is-suppressed</c>, <c>is-nodata</c>…) and
    /// its explanation as a tooltip. The kind class (<c>instroom-figure--count</c>) lets tests find every count.
    /// <paramref name="cssClass"/> adds the table's own classes (where a column group starts).
    /// </summary>
    public static IHtmlContent Cell(Figure figure, bool header = false, string? cssClass = null)
    {
        var cell = new TagBuilder(header ? "th" : "td");
        if (!string.IsNullOrEmpty(cssClass))
        {
            cell.AddCssClass(cssClass);
        }

        cell.AddCssClass(header ? "utrecht-table__header-cell" : "utrecht-table__cell");
        cell.AddCssClass("utrecht-table__cell--numeric");
        cell.AddCssClass(Classes(figure));
        if (header)
        {
            cell.Attributes["scope"] = "row";
        }

        if (!string.IsNullOrEmpty(figure.Description) && figure.Description != figure.Text)
        {
            cell.Attributes["title"] = figure.Description;
        }

        cell.InnerHtml.Append(figure.Text);
        return cell;
    }

    /// <summary>The figure as inline text (in lists and the chain), with the same classes as <see cref="Cell"/>.</summary>
    public static IHtmlContent Value(Figure figure)
    {
        var span = new TagBuilder("span");
        span.AddCssClass(Classes(figure));
        if (!string.IsNullOrEmpty(figure.Description) && figure.Description != figure.Text)
        {
            span.Attributes["title"] = figure.Description;
        }

        span.InnerHtml.Append(figure.Text);
        return span;
    }

    /// <summary>The status's shape (hidden from screen readers) followed by its word, e.g. ■ rood.</summary>
    public static IHtmlContent Status(MapStatus status, bool capitalised = false)
    {
        var content = new HtmlContentBuilder();
        content.AppendHtml(Mark(status));
        var word = new TagBuilder("span");
        word.AddCssClass("instroom-status-word");
        word.InnerHtml.Append(capitalised ? status.Title() : status.Word());
        content.AppendHtml(word);
        return content;
    }

    /// <summary>Only the shape, for places where the word is next to it already.</summary>
    public static IHtmlContent Mark(MapStatus status)
    {
        var mark = new TagBuilder("span");
        mark.AddCssClass("instroom-mark");
        mark.AddCssClass("instroom-mark--" + status.CssName());
        mark.Attributes["aria-hidden"] = "true";
        return mark;
    }

    private static string Classes(Figure figure) =>
        $"instroom-figure instroom-figure--{figure.Kind.ToString().ToLowerInvariant()} {figure.CssClass}".TrimEnd();
}
