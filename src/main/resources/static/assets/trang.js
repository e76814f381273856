// Shared by the application's pages: reads the JSON API as the logged-in user. A lost login goes to the login page
// (which returns here); any refusal becomes a Vietnamese sentence, never the raw JSON of the answer.
const trang = {
  loginUrl() {
    return '/dang-nhap.html?next=' + encodeURIComponent(location.pathname + location.search);
  },
  async load(url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (response.status === 401) { location.assign(trang.loginUrl()); throw new Error('Phiên đăng nhập đã hết, đang chuyển sang trang đăng nhập…'); }
    if (!response.ok) { throw new Error(await trang.refusal(response)); }
    return response.json();
  },
  async refusal(response) {
    let detail = null;
    try { detail = (await response.json()).detail; } catch (e) { /* not JSON: fall back to the generic sentence */ }
    if (typeof detail === 'string' && detail.trim()) { return detail; }
    if (response.status === 403) { return 'Bạn không có quyền xem nội dung này.'; }
    if (response.status === 404) { return 'Không tìm thấy nội dung yêu cầu.'; }
    return 'Không tải được dữ liệu (lỗi ' + response.status + '). Hãy thử lại sau.';
  },
  link(href, text) {
    const a = document.createElement('a'); a.href = href; a.textContent = text; return a;
  },
};
