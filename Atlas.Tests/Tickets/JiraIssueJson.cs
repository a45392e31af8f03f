using System.Text.Json.Nodes;

namespace Atlas.Tests.Tickets;

/// <summary>A complete Jira Cloud v3 issue as search/jql returns it with Atlas's fields; tests bend it to break it.</summary>
internal static class JiraIssueJson
{
    public static JsonObject Valid(string id = "10001", string key = "WRKA-1") => JsonNode.Parse($$$"""
        {
          "expand": "renderedFields,names,schema",
          "id": "{{{id}}}",
          "self": "https://example.atlassian.net/rest/api/3/issue/{{{id}}}",
          "key": "{{{key}}}",
          "fields": {
            "summary": "Login fails on Android",
            "description": {"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"Steps: open the app"}]}]},
            "status": {"name":"In Progress","id":"3","statusCategory":{"id":4,"key":"indeterminate","name":"In Progress"}},
            "priority": {"name":"High","id":"2"},
            "issuetype": {"name":"Bug","id":"10004","subtask":false},
            "assignee": {"accountId":"5b10a2844c20165700ede21g","displayName":"Mia Krystof","active":true,"timeZone":"Australia/Sydney"},
            "reporter": {"accountId":"557058:f58131cb","displayName":"Reporter User","active":true},
            "labels": ["mobile","login"],
            "components": [{"id":"1","name":"Backend"},{"id":"2","name":"Android"}],
            "fixVersions": [{"id":"10","name":"v1.0"}],
            "created": "2026-11-20T09:15:00.000-0800",
            "updated": "2026-11-27T06:00:00.000+0545",
            "resolution": null,
            "resolutiondate": null,
            "duedate": "2026-12-31",
            "parent": {"id":"10000","key":"WRKA-100","fields":{"summary":"Epic"}},
            "environment": {"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":"Pixel 8, Android 15"}]}]},
            "project": {"id":"10000","key":"WRKA","name":"Work A","projectTypeKey":"software"}
          }
        }
        """)!.AsObject();

    public static JsonObject Fields(this JsonObject issue) => issue["fields"]!.AsObject();
}
