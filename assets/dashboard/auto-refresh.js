// Runs a view's refresh every so many seconds while its container is on screen and the tab is
// visible; a tab coming back into view refreshes at once when a refresh came due meanwhile.
export class AutoRefresh {
  constructor(seconds) {
    this.ms = seconds * 1000;
    this.timer = null;
    this.container = null;
    this.refresh = null;
    this.due = false;
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden && this.due) this.tick();
    });
  }

  // Replaces what was started before: one view, one timer.
  start(container, refresh) {
    this.container = container;
    this.refresh = refresh;
    this.due = false;
    clearInterval(this.timer);
    this.timer = setInterval(() => this.tick(), this.ms);
  }

  visible() {
    return this.container && this.container.isConnected && !this.container.hidden;
  }

  tick() {
    if (!this.visible()) return;
    if (document.hidden) {
      this.due = true;
      return;
    }
    this.due = false;
    this.refresh();
  }
}
