import { createApp } from '../vue.js';
import { api, isUnavailable } from '../api.js';
import { startPage, markReady, markdown, fmtDate, fmtDateTime, today } from '../console.js';

const me = await startPage('huddles');

const STATUS = { SENT: ['已发送', 'ok'], SENDING: ['发送中', 'info'], FAILED: ['发送失败', 'bad'], MISSED: ['错过', 'warn'] };

createApp({
  data: () => ({
    teams: [], team: me.team || 'default', canManage: me.role === 'ADMIN' || me.role === 'MANAGER',
    settings: null, saving: false, error: '', message: '',
    previewKind: new Date().getHours() < 12 ? 'MORNING' : 'EVENING', previewDate: today(), previewed: null, previewing: false,
    history: [], historyUnavailable: false, opened: null,
    reports: [], reportsUnavailable: false, reportDate: today(),
    isAdmin: me.role === 'ADMIN', calendar: null, calendarUnavailable: false,
    day: { date: today(), type: 'HOLIDAY', name: '', scope: 'team' }, importText: '',
  }),
  async mounted() {
    try {
      this.teams = await api.get('/api/teams');
      if (this.teams.length && !this.teams.some((t) => t.code === this.team)) this.team = this.teams[0].code;
    } catch (e) {
      this.teams = [];
    }
    await this.loadTeam();
    markReady();
  },
  methods: {
    markdown, fmtDate, fmtDateTime,
    async useDefault(kind) {
      // Start editing from the built-in layout rather than a blank box; nothing is saved until 保存设置.
      try {
        const defaults = await api.get('/api/huddles/templates/default');
        this.settings[kind === 'morning' ? 'morningTemplate' : 'eveningTemplate'] = defaults[kind];
      } catch (e) {
        this.error = e.message;
      }
    },
    statusLabel: (s) => (STATUS[s] || [s])[0],
    statusClass: (s) => (STATUS[s] || [])[1] || '',
    async loadTeam() {
      this.error = this.message = '';
      this.previewed = null;
      await Promise.all([this.loadSettings(), this.loadHistory(), this.loadReports(), this.loadCalendar()]);
    },
    async loadSettings() {
      if (!this.canManage) return;
      this.settings = null;
      try {
        this.settings = await api.get(`/api/huddles/settings/${encodeURIComponent(this.team)}`);
      } catch (e) {
        this.error = e.message;
      }
    },
    async loadHistory() {
      try {
        this.history = await api.get('/api/huddles/history?team=' + encodeURIComponent(this.team));
      } catch (e) {
        if (isUnavailable(e)) this.historyUnavailable = true; else this.error = e.message;
      }
    },
    async loadReports() {
      try {
        const params = new URLSearchParams({ team: this.team, date: this.reportDate });
        this.reports = await api.get('/api/huddles/reports?' + params);
      } catch (e) {
        if (isUnavailable(e)) this.reportsUnavailable = true; else this.error = e.message;
      }
    },
    async loadCalendar() {
      if (!this.canManage) return;
      try {
        this.calendar = await api.get('/api/calendar?team=' + encodeURIComponent(this.team));
      } catch (e) {
        if (isUnavailable(e)) this.calendarUnavailable = true; else this.error = e.message;
      }
    },
    async addDay() {
      this.error = this.message = '';
      try {
        await api.post('/api/calendar', { date: this.day.date, type: this.day.type, name: this.day.name || null,
          team: this.day.scope === 'national' ? null : this.team });
        this.message = `已添加 ${fmtDate(this.day.date)} ${this.day.type === 'HOLIDAY' ? '放假' : '上班'}`;
        this.day.name = '';
        await this.loadCalendar();
      } catch (e) {
        this.error = e.message;
      }
    },
    async importYear() {
      this.error = this.message = '';
      try {
        const result = await api.post('/api/calendar/import', { text: this.importText });
        this.message = `已导入 ${result.imported} 天` + (result.replaced ? `（替换 ${result.replaced} 天）` : '')
          + (result.warning ? '。' + result.warning : '');
        this.importText = '';
        await this.loadCalendar();
      } catch (e) {
        this.error = e.message;
      }
    },
    async removeDay(d) {
      if (!confirm(`删除 ${fmtDate(d.calendarDate)} 的安排？`)) return;
      this.error = this.message = '';
      try {
        await api.del(`/api/calendar/${d.id}`);
        await this.loadCalendar();
      } catch (e) {
        this.error = e.message;
      }
    },
    async preview() {
      this.error = '';
      this.previewing = true;
      try {
        this.previewed = await api.post('/api/huddles/preview',
          { team: this.team, kind: this.previewKind, date: this.previewDate });
      } catch (e) {
        this.error = e.message;
      } finally {
        this.previewing = false;
      }
    },
    async save() {
      this.error = this.message = '';
      this.saving = true;
      const blankToNull = (v) => (v === '' || v === undefined ? null : v);
      const body = { ...this.settings };
      for (const key of ['wecomWebhookKey', 'wecomChatId', 'dingtalkWebhook', 'dingtalkSecret', 'dingtalkConversationId',
        'morningTemplate', 'eveningTemplate', 'targetPolicies', 'targetPremium']) {
        body[key] = blankToNull(typeof body[key] === 'string' ? body[key].trim() : body[key]);
      }
      try {
        this.settings = await api.put(`/api/huddles/settings/${encodeURIComponent(this.team)}`, body);
        this.message = '晨夕会设置已保存';
      } catch (e) {
        this.error = e.message;
      } finally {
        this.saving = false;
      }
    },
    toggle(h) {
      this.opened = this.opened === h ? null : h;
    },
  },
}).mount('#app');
