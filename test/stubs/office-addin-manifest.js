// office-addin-mock imports only this enum from office-addin-manifest; the real package pulls an
// ESM-only dependency (strip-bom@5) that Jest 30 cannot require on Node 20. See platform notes §2.
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
