namespace Atlas.JiraSimulator.Rendering;

/// <summary>The `self` and icon URLs of a simulated site, all under its base URL.</summary>
internal sealed class SiteLinks(string baseUrl)
{
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public string Api => BaseUrl + "/rest/api/3";

    public string Issue(string idOrKey) => $"{Api}/issue/{idOrKey}";

    public string User(string accountId) => $"{Api}/user?accountId={Uri.EscapeDataString(accountId)}";

    public string Project(string idOrKey) => $"{Api}/project/{idOrKey}";

    public string ProjectAvatar(string projectId, string size) => $"{BaseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/{projectId}?size={size}";

    public string Status(string id) => $"{Api}/status/{id}";

    public string StatusIcon(string file) => $"{BaseUrl}/images/icons/statuses/{file}";

    public string StatusCategory(int id) => $"{Api}/statuscategory/{id}";

    public string Priority(string id) => $"{Api}/priority/{id}";

    public string PriorityIcon(string file) => $"{BaseUrl}/images/icons/priorities/{file}";

    public string IssueType(string id) => $"{Api}/issuetype/{id}";

    public string IssueTypeIcon(int avatarId) => $"{BaseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/{avatarId}?size=medium";

    public string Resolution(string id) => $"{Api}/resolution/{id}";

    public string Component(string id) => $"{Api}/component/{id}";

    public string Version(string id) => $"{Api}/version/{id}";

    public string CustomFieldOption(string id) => $"{Api}/customFieldOption/{id}";

    /// <summary>Atlassian's initials avatars, e.g. `.../initials/MK-5.png?size=48&amp;s=48`.</summary>
    public static string UserAvatar(string slug, int size) =>
        $"https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/{slug}.png?size={size}&s={size}";
}
