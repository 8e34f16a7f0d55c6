using Instroom.Data.Audit;

namespace Instroom.Web.Features.AuditLog;

/// <summary>Dutch labels for the audit trail's stable codes; an unknown code is shown as it is.</summary>
public static class AuditLabels
{
    public static readonly IReadOnlyList<(string Code, string Label)> Actions =
    [
        (AuditActions.SignIn, "Aanmelden"),
        (AuditActions.SignOut, "Afmelden"),
        (AuditActions.Denied, "Toegang geweigerd"),
        (AuditActions.UserChanged, "Gebruiker gewijzigd"),
        (AuditActions.RolesChanged, "Rollen gewijzigd"),
        (AuditActions.SupervisionChanged, "Toezicht gewijzigd"),
        (AuditActions.RuleChanged, "Statusregel gewijzigd"),
        (AuditActions.SourceChanged, "Bron gewijzigd"),
        (AuditActions.Export, "Export"),
        (AuditActions.ExactView, "Exacte weergave"),
        (AuditActions.JobRun, "Taak handmatig gestart"),
    ];

    public static string Action(string code) => Actions.FirstOrDefault(action => action.Code == code).Label ?? code;

    public static string Result(string code) => code switch
    {
        AuditResults.Succeeded => "gelukt",
        AuditResults.Failed => "mislukt",
        AuditResults.Refused => "geweigerd",
        _ => code,
    };
}
