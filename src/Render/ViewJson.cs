using System.Text.Json.Serialization;
using Wsis.Model;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>
/// Compiled JSON metadata of every view, for <see cref="PageFingerprint"/>: no reflection, so it works the same in a
/// Native AOT build. A view type missing here makes the fingerprint throw (tested through `serve`'s rebuild tests).
/// </summary>
[JsonSerializable(typeof(SiteSettings))]
[JsonSerializable(typeof(TrustedHtml))]
[JsonSerializable(typeof(ActionLineIndexView))]
[JsonSerializable(typeof(ActionLinePageView))]
[JsonSerializable(typeof(ActionLineSummaryView))]
[JsonSerializable(typeof(AlsoUnderView))]
[JsonSerializable(typeof(BackgroundView))]
[JsonSerializable(typeof(ContextSectionView))]
[JsonSerializable(typeof(DownloadView))]
[JsonSerializable(typeof(FilterOptionView))]
[JsonSerializable(typeof(FreePageView))]
[JsonSerializable(typeof(GoalIndexView))]
[JsonSerializable(typeof(GoalPageView))]
[JsonSerializable(typeof(GoalSummaryView))]
[JsonSerializable(typeof(HandoutLineView))]
[JsonSerializable(typeof(HandoutView))]
[JsonSerializable(typeof(HoldingView))]
[JsonSerializable(typeof(HomeView))]
[JsonSerializable(typeof(ItemGroupView))]
[JsonSerializable(typeof(ItemPageView))]
[JsonSerializable(typeof(ItemView))]
[JsonSerializable(typeof(PriorityView))]
[JsonSerializable(typeof(RoadmapRowView))]
[JsonSerializable(typeof(LayoutView))]
[JsonSerializable(typeof(LinkView))]
[JsonSerializable(typeof(MatrixCellView))]
[JsonSerializable(typeof(MatrixRowView))]
[JsonSerializable(typeof(MatrixView))]
[JsonSerializable(typeof(MilestoneView))]
[JsonSerializable(typeof(NotFoundView))]
[JsonSerializable(typeof(OpenDataView))]
[JsonSerializable(typeof(PageMeta))]
[JsonSerializable(typeof(ResultPartView))]
[JsonSerializable(typeof(RoadmapGroupView))]
[JsonSerializable(typeof(SdgBadgeView))]
[JsonSerializable(typeof(SearchPageView))]
[JsonSerializable(typeof(SourceNotesView))]
[JsonSerializable(typeof(SourcePageView))]
[JsonSerializable(typeof(SourcePartView))]
[JsonSerializable(typeof(SourceView))]
[JsonSerializable(typeof(StakeholderIndexView))]
[JsonSerializable(typeof(StakeholderPageView))]
[JsonSerializable(typeof(StakeholderSummaryView))]
[JsonSerializable(typeof(SubLineView))]
[JsonSerializable(typeof(TargetView))]
[JsonSerializable(typeof(TargetWordingView))]
internal sealed partial class ViewJson : JsonSerializerContext;
